import type { Metadata } from 'next';
import { NotFound } from '@/components/browse/not-found';

export const metadata: Metadata = { title: 'Page not found' };

/** 404: says what happened and where to go instead. */
export default function NotFoundPage() {
  return <NotFound />;
}
