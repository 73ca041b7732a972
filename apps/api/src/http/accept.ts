/** Whether an Accept header admits one of the media types we can produce (q=0 refuses). */
export function accepts(accept: string | undefined, produced: readonly string[]): boolean {
  if (!accept || accept.trim() === '') return true;
  const ranges = accept.split(',').map((part) => {
    const [range = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return { range: range.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
  });
  return produced.some((type) => {
    const [major] = type.split('/');
    return ranges.some(
      ({ range, q }) => q > 0 && (range === '*/*' || range === type || range === `${major}/*`),
    );
  });
}
