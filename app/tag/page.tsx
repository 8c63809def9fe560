import { termRoute } from '@/components/browse/term-route';

const route = termRoute('tag');

export const metadata = route.indexMetadata;
export default route.IndexPage;
