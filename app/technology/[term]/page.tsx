import { termRoute } from '@/components/browse/term-route';

const route = termRoute('technology');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
