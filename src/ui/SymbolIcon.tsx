import type { SymbolSpec } from "@/domain/symbols";

/** The map symbol drawn as SVG, decorative (its meaning is in the adjacent text). */
export function SymbolIcon({ spec, size = 16 }: { spec: SymbolSpec; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={spec.path}
        fill={spec.fill}
        stroke={spec.stroke}
        strokeWidth={2}
        strokeLinejoin="round"
        // The white outline goes under the fill: thin shapes (the aeroballistic star) keep their
        // whole area instead of losing a unit on every side to the stroke.
        paintOrder="stroke"
      />
    </svg>
  );
}
