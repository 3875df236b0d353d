import { useEffect, useState } from "react";

interface NumberSettingProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly onCommit: (value: number) => void;
}

/**
 * A number field that keeps what is being typed and commits only values inside [min, max], so
 * clearing the field or typing "2" on the way to "250" does not fight the store.
 */
export function NumberSetting({ label, value, min, max, step = 1, onCommit }: NumberSettingProps) {
  const [text, setText] = useState(String(value));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(String(value));
  }, [value, focused]);
  return (
    <label>
      {label}{" "}
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={text}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => {
          setText(e.target.value);
          const n = e.target.valueAsNumber;
          if (Number.isFinite(n) && n >= min && n <= max) onCommit(n);
        }}
      />
    </label>
  );
}
