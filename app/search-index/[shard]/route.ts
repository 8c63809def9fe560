import { PLACEHOLDER_PARAM } from '@/lib/site/params';

/**
 * The search index, one static JSON file per shard (`/search-index/t-3.json` …), as the development server serves it
 * from the content as it is now. A production build writes the same files into the export itself
 * (lib/build/search-index.ts), from the KB it validated and faster than as one route per file; this route then lists
 * only the placeholder, which `npm run build` removes. The index code is imported in development only.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ shard: string }[]> {
  if (process.env.NODE_ENV !== 'development') return [{ shard: PLACEHOLDER_PARAM }];
  const { searchIndexFiles } = await import('@/lib/search/static-index');
  return [...(await searchIndexFiles()).keys()].map((shard) => ({ shard }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ shard: string }> }): Promise<Response> {
  if (process.env.NODE_ENV !== 'development') return new Response('');
  const { searchIndexFiles } = await import('@/lib/search/static-index');
  const file = (await searchIndexFiles()).get((await params).shard);
  return file === undefined ? new Response('Not found', { status: 404 }) : Response.json(file);
}
