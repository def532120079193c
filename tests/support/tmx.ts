import { tmxFooter, tmxHeader, tmxUnit } from "@/lib/tmx/writer";

const created = new Date(Date.UTC(2026, 11, 1));

/**
 * A small TMX of [source, target, status?] pairs for the memory import tests. `statusProp` names the prop the
 * status travels in: Setu's own "x-setu-status", or the bare "status" some tools write.
 */
export function memoryTmx(pairs: [string, string, string?][], options: { langs?: [string, string]; statusProp?: string } = {}): string {
  const [srcLang, tgtLang] = options.langs ?? ["hi-IN", "en-US"];
  const statusProp = options.statusProp ?? "x-setu-status";
  return (
    tmxHeader({ toolVersion: "1", srcLang, creationDate: created }) +
    pairs
      .map(([source, target, status], i) =>
        tmxUnit({
          tuid: `t${i}`,
          srcLang,
          tgtLang,
          source,
          target,
          creationDate: created,
          changeDate: created,
          props: status ? [[statusProp, status]] : [],
        }),
      )
      .join("") +
    tmxFooter()
  );
}
