import { useTranslations } from "next-intl";
import type { AuditDetail, AuditValue } from "@/lib/audit/describe";

/** One value of an audit entry's details, translated where it is a code (status, role, direction, flag). */
function Value({ value }: { value: AuditValue }) {
  const t = useTranslations("audit");
  const tEditor = useTranslations("editor");
  const tRoles = useTranslations("roles");
  const tQa = useTranslations("qa");
  switch (value.kind) {
    case "text":
      return <span lang={value.hindi ? "hi" : undefined}>{value.text}</span>;
    case "number":
      return <>{value.value}</>;
    case "status":
      return <>{tEditor(`status_${value.status}`)}</>;
    case "role":
      return <>{tRoles(value.role)}</>;
    case "direction":
      return <>{t(value.direction === "first-to-previous" ? "directions.firstToPrevious" : "directions.lastToNext")}</>;
    case "unit":
      return <>{value.number === null ? t("unitGone") : t("unitNumber", { n: value.number })}</>;
    case "flags":
      return <>{value.flags.length === 0 ? t("flags.none") : value.flags.map((f) => t(`flags.${f}`)).join(", ")}</>;
    case "qa":
      return <>{value.of === "check" ? tQa(`checks.${value.code}`) : tQa(`severity.${value.code}`)}</>;
    case "list":
      return (
        <>
          {value.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for the entry and has no ids
            <span key={i}>
              {i > 0 ? ", " : null}
              <Value value={item} />
            </span>
          ))}
        </>
      );
  }
}

/** An audit entry's details as a short list of labelled values, in the page's own (Devanagari-capable) font. */
export function AuditDetails({ details }: { details: AuditDetail[] }) {
  const t = useTranslations("audit");
  if (details.length === 0) return null;
  return (
    <dl className="audit-details">
      {details.map((d) => (
        <div key={d.name}>
          <dt>{d.field ? t(`fields.${d.field}`) : d.name}</dt>
          <dd>
            <Value value={d.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
