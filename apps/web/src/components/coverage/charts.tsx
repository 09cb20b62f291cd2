"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { seriesColor } from "./types";

/**
 * Recharts is heavy, so this module is only reached through next/dynamic (lazy-charts.tsx). Every chart is
 * decorative for assistive technology (`aria-hidden`, no accessibility layer, nothing focusable): the same
 * figures stand next to it as text or a table, which also serves keyboard users.
 */

export type SegmentBar = { name: string; signedOff: number; target: number };
export type HistogramBar = { label: string; count: number };
export type TrendRow = {
  week: string;
  signedOff: number;
  target: number;
  readyForReview: number;
  onboarding: number;
};
export type SeriesLabels = Record<keyof typeof seriesColor, string>;

const axisTick = { fontSize: 12, fill: "#374151" };

/** Signed-off people against the target headcount, one pair of horizontal bars per segment. */
export function SegmentCoverageChart({ data, labels }: { data: SegmentBar[]; labels: SeriesLabels }) {
  return (
    <div aria-hidden="true" style={{ height: Math.max(160, data.length * 36 + 60) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={axisTick} />
          <YAxis type="category" dataKey="name" width={180} tick={axisTick} />
          <Tooltip />
          <Legend />
          <Bar dataKey="signedOff" name={labels.signedOff} fill={seriesColor.signedOff} />
          <Bar dataKey="target" name={labels.target} fill={seriesColor.target} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** How many people took how long from start to first sign-off. */
export function DaysHistogramChart({ data, label }: { data: HistogramBar[]; label: string }) {
  return (
    <div aria-hidden="true" className="h-64">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 12, left: 0, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={axisTick} />
          <YAxis allowDecimals={false} tick={axisTick} />
          <Tooltip />
          <Bar dataKey="count" name={label} fill={seriesColor.readyForReview} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** One segment's weekly snapshots: signed off, target, ready for review and onboarding. */
export function TrendChart({ data, labels }: { data: TrendRow[]; labels: SeriesLabels }) {
  return (
    <div aria-hidden="true" className="h-64">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} accessibilityLayer={false} margin={{ top: 12, left: 0, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="week" tick={axisTick} />
          <YAxis allowDecimals={false} tick={axisTick} />
          <Tooltip />
          <Legend />
          {(Object.keys(seriesColor) as (keyof typeof seriesColor)[]).map((key) => (
            <Line
              key={key}
              type="monotone"
              dataKey={key}
              name={labels[key]}
              stroke={seriesColor[key]}
              strokeDasharray={key === "target" ? "6 3" : undefined}
              dot
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
