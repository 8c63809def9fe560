import { getEntries } from '@/lib/site/load';

/** Every entry id, as one static JSON array: the 404 page fetches it to redirect `/kb/cross_docker_001` and suggest near misses. */
export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  return Response.json((await getEntries()).map((e) => e.id));
}
