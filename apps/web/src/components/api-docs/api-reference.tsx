import { getTranslations } from "next-intl/server";
import type { OpenAPIObject } from "@portal/api/rest";
import { Badge, Card } from "@portal/ui";

/**
 * The REST API's reference, rendered on the server from the OpenAPI document: no script, so it runs under the
 * portal's Content-Security-Policy and offline. Operations are grouped by tag in the document's order; each shows
 * its route, token scope, parameters, request body and answer (top-level fields with their types). Names, types and
 * enum values are marked as code: on this page they are what integrators type, not labels to translate.
 */
type Schema = {
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
};
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema };
type Operation = {
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};

/** A schema's type in a few characters: `string`, `integer | null`, `array of object`, `"A" | "B"`. */
function typeOf(schema: Schema | undefined): string {
  if (!schema) return "any";
  if (schema.$ref) return schema.$ref.split("/").at(-1) ?? "object";
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "object"];
  return types.map((t) => (t === "array" ? `array of ${typeOf(schema.items)}` : t)).join(" | ");
}

function Fields({ schema, requiredLabel }: { schema: Schema | undefined; requiredLabel: string }) {
  const properties = Object.entries(schema?.properties ?? {});
  if (properties.length === 0)
    return (
      <p className="text-sm text-muted">
        <code className="font-mono">{typeOf(schema)}</code>
      </p>
    );
  return (
    <ul className="space-y-0.5 text-sm">
      {properties.map(([name, property]) => (
        <li key={name}>
          <code className="font-mono text-ink">{name}</code>{" "}
          <code className="font-mono text-muted">{typeOf(property)}</code>
          {schema?.required?.includes(name) ? <span className="text-muted"> · {requiredLabel}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export async function ApiReference({ document }: { document: OpenAPIObject }) {
  const t = await getTranslations("apiDocs");
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({
      path,
      method,
      operation,
    })),
  );
  const tags = [...new Set(operations.map((o) => o.operation.tags?.[0] ?? ""))];
  return (
    <div className="space-y-8">
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`api-tag-${tag}`} className="space-y-3">
          <h2 id={`api-tag-${tag}`} className="text-lg font-semibold capitalize text-ink">
            {tag}
          </h2>
          {operations
            .filter((o) => (o.operation.tags?.[0] ?? "") === tag)
            .map(({ path, method, operation }) => {
              const scope = operation.security?.[0]?.apiToken?.[0];
              const body = operation.requestBody?.content?.["application/json"]?.schema;
              const answer = operation.responses?.["200"]?.content?.["application/json"]?.schema;
              return (
                <Card key={`${method} ${path}`} className="space-y-3">
                  <h3 className="flex flex-wrap items-center gap-2">
                    <Badge tone={method === "get" ? "info" : "warning"}>{method.toUpperCase()}</Badge>
                    <code className="font-mono text-sm text-ink">{path}</code>
                    <span className="text-sm text-muted">{operation.summary}</span>
                  </h3>
                  <dl className="grid gap-3 text-sm md:grid-cols-[10rem_1fr]">
                    <dt className="font-medium text-ink">{t("scope")}</dt>
                    <dd>
                      <code className="font-mono">{scope ?? t("none")}</code>
                    </dd>
                    <dt className="font-medium text-ink">{t("parameters")}</dt>
                    <dd>
                      {operation.parameters?.length ? (
                        <ul className="space-y-0.5">
                          {operation.parameters.map((p) => (
                            <li key={`${p.in} ${p.name}`}>
                              <code className="font-mono text-ink">{p.name}</code>{" "}
                              <span className="text-muted">
                                {p.in} · <code className="font-mono">{typeOf(p.schema)}</code>
                                {p.required ? ` · ${t("required")}` : ""}
                              </span>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="text-muted">{t("none")}</span>
                      )}
                    </dd>
                    {body ? (
                      <>
                        <dt className="font-medium text-ink">{t("requestBody")}</dt>
                        <dd>
                          <Fields schema={body} requiredLabel={t("required")} />
                        </dd>
                      </>
                    ) : null}
                    <dt className="font-medium text-ink">{t("response")}</dt>
                    <dd>
                      <Fields schema={answer} requiredLabel={t("required")} />
                    </dd>
                  </dl>
                </Card>
              );
            })}
        </section>
      ))}
    </div>
  );
}
