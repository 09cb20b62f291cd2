"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { EmptyState, PageHeader, Select, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { ListToolbar } from "@/components/list/list-toolbar";
import { ListPagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";
import { useEnumLabel } from "@/i18n/enum-labels";
import { AuditChange } from "./audit-change";

const sortable = ["createdAt"] as const;
const filterKeys = ["entityType", "action"] as const;

export function AuditLog() {
  const t = useTranslations("audit");
  const common = useTranslations("common");
  const format = useFormatter();
  const label = useEnumLabel();
  const trpc = useTRPC();
  const list = useListParams("createdAt", sortable, filterKeys);
  const facets = useQuery(trpc.audit.facets.queryOptions());
  const query = useQuery(
    trpc.audit.list.queryOptions({
      search: list.search,
      page: list.page,
      pageSize: list.pageSize,
      direction: list.filters.order === "asc" ? "asc" : "desc",
      entityType: list.filters.entityType,
      action: list.filters.action,
    }),
  );
  const data = query.data;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ListToolbar search={list.search} onSearch={(q) => list.update({ q })} label={t("search")}>
        <div>
          <label htmlFor="audit-entity" className="mb-1 block text-sm font-medium">
            {t("entityType")}
          </label>
          <Select
            id="audit-entity"
            value={list.filters.entityType ?? ""}
            onChange={(e) => list.update({ entityType: e.target.value })}
          >
            <option value="">{common("all")}</option>
            {facets.data?.entityTypes.map((e) => (
              <option key={e} value={e}>
                {label("AuditEntityType", e)}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="audit-action" className="mb-1 block text-sm font-medium">
            {t("action")}
          </label>
          <Select
            id="audit-action"
            value={list.filters.action ?? ""}
            onChange={(e) => list.update({ action: e.target.value })}
          >
            <option value="">{common("all")}</option>
            {facets.data?.actions.map((a) => (
              <option key={a} value={a}>
                {label("AuditAction", a)}
              </option>
            ))}
          </Select>
        </div>
      </ListToolbar>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {data && data.total === 0 ? (
          <EmptyState title={t("empty")} description={common("noMatchesHint")} />
        ) : data ? (
          <>
            <Table>
              <THead>
                <tr>
                  <Th>{t("when")}</Th>
                  <Th>{t("actor")}</Th>
                  <Th>{t("action")}</Th>
                  <Th>{t("entity")}</Th>
                  <Th>{t("change")}</Th>
                </tr>
              </THead>
              <TBody>
                {data.items.map((e) => (
                  <Tr key={e.id}>
                    <Td className="whitespace-nowrap">
                      {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                    </Td>
                    <Td>{e.actor ? `${e.actor.name} (${e.actor.email})` : t("system")}</Td>
                    <Td>{label("AuditAction", e.action)}</Td>
                    <Td>
                      <span className="font-medium">{e.entityName || t("unnamed")}</span>{" "}
                      <span className="text-xs text-muted">{label("AuditEntityType", e.entityType)}</span>
                    </Td>
                    <Td>
                      <AuditChange before={e.before} after={e.after} />
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
            <ListPagination data={data} update={list.update} />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
