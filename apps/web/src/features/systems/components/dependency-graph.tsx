import { SECURITY_LEVEL_INFO } from '@ungcuu/domain/systems/system.ts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLocale } from '../../../i18n/i18n.ts';
import type { DependenciesView, SystemRef } from '../system-types.ts';

const WIDTH = 760;
const NODE_W = 220;
const NODE_H = 44;
const GAP = 14;
const COLUMNS = { dependsOn: 20, self: (WIDTH - NODE_W) / 2, dependants: WIDTH - NODE_W - 20 };

const LEVEL_FILL: Record<string, string> = {
  1: '#f1f3f5',
  2: '#e7f5ff',
  3: '#fff9db',
  4: '#fff4e6',
  5: '#fff5f5',
  unclassified: '#f8f0fc',
};

const clip = (text: string, max = 28) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

interface NodeProps {
  system: Pick<SystemRef, 'id' | 'name' | 'securityLevel'>;
  x: number;
  y: number;
  current?: boolean;
}

function NodeBox({ system, x, y, current }: NodeProps) {
  const { label } = useLocale();
  return (
    <>
      <title>{system.name}</title>
      <rect
        x={x}
        y={y}
        width={NODE_W}
        height={NODE_H}
        rx={8}
        fill={LEVEL_FILL[String(system.securityLevel)] ?? '#fff'}
        stroke={current ? '#1c3d6e' : '#adb5bd'}
        strokeWidth={current ? 2.5 : 1}
      />
      <text x={x + 10} y={y + 18} fontSize={13} fontWeight={current ? 700 : 500} fill="#212529">
        {clip(system.name)}
      </text>
      <text x={x + 10} y={y + 35} fontSize={11} fill="#495057">
        {label(SECURITY_LEVEL_INFO[system.securityLevel].label)}
      </text>
    </>
  );
}

/** A box of the graph; another system's box is a link to its page. */
function Node(props: NodeProps) {
  const navigate = useNavigate();
  if (props.current)
    return (
      <g>
        <NodeBox {...props} />
      </g>
    );
  const href = `/systems/${props.system.id}?tab=dependencies`;
  return (
    <a
      href={href}
      aria-label={props.system.name}
      onClick={(e) => {
        e.preventDefault();
        void navigate(href);
      }}
    >
      <NodeBox {...props} />
    </a>
  );
}

/**
 * One level of the dependency graph around a system: what it relies on (left), itself (centre),
 * what relies on it (right). Arrows point from a system to the one it needs.
 */
export function DependencyGraph({ self, view }: { self: NodeProps['system']; view: DependenciesView }) {
  const { t } = useTranslation();
  const rows = Math.max(view.dependsOn.length, view.dependants.length, 1);
  const height = rows * (NODE_H + GAP) + 50;
  const yOf = (i: number, count: number) =>
    36 + (height - 36 - count * (NODE_H + GAP)) / 2 + i * (NODE_H + GAP);
  const selfY = yOf(0, 1);
  const mid = selfY + NODE_H / 2;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={t('systems.deps.graphLabel', { name: self.name })}
      data-testid="dependency-graph"
      style={{ maxWidth: WIDTH, display: 'block' }}
    >
      <defs>
        <marker
          id="dep-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#868e96" />
        </marker>
      </defs>
      <text x={COLUMNS.dependsOn} y={20} fontSize={12} fill="#495057" fontWeight={600}>
        {t('systems.deps.graphDependsOn')}
      </text>
      <text
        x={COLUMNS.dependants + NODE_W}
        y={20}
        fontSize={12}
        fill="#495057"
        fontWeight={600}
        textAnchor="end"
      >
        {t('systems.deps.graphDependants')}
      </text>
      {view.dependsOn.map((d, i) => {
        const y = yOf(i, view.dependsOn.length) + NODE_H / 2;
        return (
          <line
            key={`l-${d.system.id}`}
            x1={COLUMNS.self}
            y1={mid}
            x2={COLUMNS.dependsOn + NODE_W + 2}
            y2={y}
            stroke="#868e96"
            markerEnd="url(#dep-arrow)"
          />
        );
      })}
      {view.dependants.map((d, i) => {
        const y = yOf(i, view.dependants.length) + NODE_H / 2;
        return (
          <line
            key={`r-${d.system.id}`}
            x1={COLUMNS.dependants}
            y1={y}
            x2={COLUMNS.self + NODE_W + 2}
            y2={mid}
            stroke="#868e96"
            markerEnd="url(#dep-arrow)"
          />
        );
      })}
      <Node system={self} x={COLUMNS.self} y={selfY} current />
      {view.dependsOn.map((d, i) => (
        <Node key={d.system.id} system={d.system} x={COLUMNS.dependsOn} y={yOf(i, view.dependsOn.length)} />
      ))}
      {view.dependants.map((d, i) => (
        <Node key={d.system.id} system={d.system} x={COLUMNS.dependants} y={yOf(i, view.dependants.length)} />
      ))}
    </svg>
  );
}
