import { useId } from 'react';
import type { MemberCell } from './comparison-data.ts';
import { useLanguage, useT } from './i18n.ts';
import { formatNumber } from './ui/format.ts';

/** Colours with ≥ 3:1 contrast against white (WCAG 1.4.11) and against each other. */
const COLOURS = { range: '#595959', band: '#0b5394', member: '#b45309' } as const;

const ROW = 28;
const LABEL = 170;
const WIDTH = 640;

/**
 * Each member on its own row: its comparison group's minimum–maximum (line), lower to upper
 * quartile (box) and median (bar), and the member's value (dot). The table beside it holds the
 * same numbers; an unknown value is written as unknown, never drawn.
 */
export function ComparisonChart({ caption, cells }: { caption: string; cells: MemberCell[] }) {
  const t = useT();
  const language = useLanguage();
  const titleId = useId();
  const numbers = cells.flatMap((c) => [c.value, c.group?.min, c.group?.max]);
  const known = numbers.filter((v): v is number => typeof v === 'number');
  const low = Math.min(...known, 0);
  const high = Math.max(...known, 1);
  const x = (v: number) => LABEL + ((v - low) / (high - low || 1)) * (WIDTH - LABEL - 20);
  const height = cells.length * ROW + 30;
  return (
    <figure className="comparison-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={titleId}
        className="chart"
      >
        <title id={titleId}>{caption}</title>
        {cells.map((cell, i) => {
          const y = 10 + i * ROW + ROW / 2;
          const g = cell.group;
          return (
            <g key={cell.code}>
              <text x={LABEL - 8} y={y + 5} textAnchor="end" fontSize="14">
                {cell.name}
              </text>
              {g && g.min !== null && g.max !== null && (
                <line
                  x1={x(g.min)}
                  x2={x(g.max)}
                  y1={y}
                  y2={y}
                  stroke={COLOURS.range}
                  strokeWidth="2"
                />
              )}
              {g && g.q1 !== null && g.q3 !== null && (
                <rect
                  x={x(g.q1)}
                  y={y - 7}
                  width={Math.max(1, x(g.q3) - x(g.q1))}
                  height={14}
                  fill="#ffffff"
                  stroke={COLOURS.band}
                  strokeWidth="2"
                />
              )}
              {g && g.median !== null && (
                <line
                  x1={x(g.median)}
                  x2={x(g.median)}
                  y1={y - 9}
                  y2={y + 9}
                  stroke={COLOURS.band}
                  strokeWidth="4"
                />
              )}
              {cell.value === null ? (
                <text x={LABEL + 4} y={y + 5} fontSize="13" fontStyle="italic">
                  {t('unknown')}
                </text>
              ) : (
                <circle cx={x(cell.value)} cy={y} r="6" fill={COLOURS.member} stroke="#000000" />
              )}
            </g>
          );
        })}
        <text x={LABEL} y={height - 4} fontSize="12">
          {formatNumber(low, language)}
        </text>
        <text x={WIDTH - 20} y={height - 4} fontSize="12" textAnchor="end">
          {formatNumber(high, language)}
        </text>
      </svg>
    </figure>
  );
}
