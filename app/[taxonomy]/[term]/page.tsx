import { termMetadata, termParams, TermRoutePage } from '@/components/browse/term-route';

export const dynamicParams = false;
export const generateStaticParams = termParams;
export const generateMetadata = termMetadata;
export default TermRoutePage;
