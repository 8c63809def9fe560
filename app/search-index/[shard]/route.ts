import { searchIndexFiles } from '@/lib/search/static-index';

/** The search index, one static JSON file per shard (`/search-index/t-3.json` …). */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ shard: string }[]> {
  return [...(await searchIndexFiles()).keys()].map((shard) => ({ shard }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ shard: string }> }): Promise<Response> {
  const file = (await searchIndexFiles()).get((await params).shard);
  return file === undefined ? new Response('Not found', { status: 404 }) : Response.json(file);
}
