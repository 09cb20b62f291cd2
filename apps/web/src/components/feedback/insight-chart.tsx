"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { feedbackKinds, type FeedbackKindValue } from "@portal/validators";

/**
 * Recharts is heavy, so this module is only reached through next/dynamic (lazy-insight-chart.tsx). The chart is
 * decorative for assistive technology (`aria-hidden`, no accessibility layer): the same figures stand in the table
 * under it.
 */
export type InsightRow = { week: string } & Record<FeedbackKindValue, number>;

/** Colours of the kinds, dark enough against white (WCAG non-text contrast 3:1). */
export const kindColor = {
  NEED: "#1d4ed8",
  COMPLAINT: "#b91c1c",
  SUGGESTION: "#6d28d9",
  PRAISE: "#15803d",
  COMPETITOR: "#b45309",
} as const satisfies Record<FeedbackKindValue, string>;

const axisTick = { fontSize: 12, fill: "#374151" };

/** Feedback per week, stacked by kind. */
export function InsightChart({
  data,
  labels,
}: {
  data: InsightRow[];
  labels: Record<FeedbackKindValue, string>;
}) {
  return (
    <div aria-hidden="true" className="h-72">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 12, left: 0, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" tick={axisTick} />
          <YAxis allowDecimals={false} tick={axisTick} />
          <Tooltip />
          <Legend />
          {feedbackKinds.map((k) => (
            <Bar key={k} dataKey={k} stackId="kinds" name={labels[k]} fill={kindColor[k]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
