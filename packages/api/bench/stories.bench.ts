/**
 * Server time of `stories.search` over 10,000 published service stories (issue 18 target: p95 <= 200 ms).
 * Run against a throwaway database (see BENCHMARKS.md): builds 6 segments with a department each, 60 authors,
 * and N stories spread over the six languages (body text drawn from a word pool per language, so each language's
 * stemmer has real words to work on), with useful marks; then times the procedure through the real tRPC caller
 * (a fresh context per call) for several queries and filters. Exits 1 when any p95 exceeds the target.
 */
import { performance } from "node:perf_hooks";
import { createTestDatabase } from "@portal/db/test-database";
import { createDepartment, createSegment, createStaffMember, createUser } from "@portal/db/factories";
import type { StorySearchInput } from "@portal/validators";
import { benchCaller } from "./caller";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const STORIES = arg("stories", 10_000);
const RUNS = arg("runs", 100);
const WARMUP = arg("warmup", 10);
const TARGET_MS = 200;
const DAY = 86_400_000;

const words: Record<string, string[]> = {
  en: "customer mortgage savings account payment complaint advisor branch card loan pension budget worry interest rate phone appointment family business invoice overdraft listened explained helped called visited renewed opened closed trusted recommended thanked quickly carefully together".split(
    " ",
  ),
  sv: "kunden kunderna bolån sparande konto betalning klagomål rådgivare kontor kort lån pension budget oro ränta telefon möte familj företag faktura kredit lyssnade förklarade hjälpte ringde besökte förnyade öppnade stängde litade rekommenderade tackade snabbt noggrant tillsammans".split(
    " ",
  ),
  da: "kunden kunderne boliglån opsparing konto betaling klage rådgiver filial kort lån pension budget bekymring rente telefon møde familie virksomhed faktura kassekredit lyttede forklarede hjalp ringede besøgte fornyede åbnede lukkede stolede anbefalede takkede hurtigt omhyggeligt sammen".split(
    " ",
  ),
  fr: "client clients clientes prêt épargne compte paiement réclamation conseiller agence carte crédit retraite budget inquiétude taux téléphone rendez-vous famille entreprise facture découvert écouté expliqué aidé appelé visité renouvelé ouvert fermé confiance recommandé remercié rapidement soigneusement ensemble".split(
    " ",
  ),
  el: "πελάτης πελάτες πελάτη δάνειο αποταμίευση λογαριασμός πληρωμή παράπονο σύμβουλος κατάστημα κάρτα πίστωση σύνταξη προϋπολογισμός ανησυχία επιτόκιο τηλέφωνο ραντεβού οικογένεια επιχείρηση τιμολόγιο χρεώσεις άκουσα εξήγησα βοήθησα τηλεφώνησα επισκέφθηκα ανανέωσα άνοιξα έκλεισα εμπιστοσύνη σύστησα ευχαρίστησε γρήγορα προσεκτικά μαζί".split(
    " ",
  ),
  tl: "customer kliyente ipon account bayad reklamo tagapayo sangay card loan pensiyon budget alala interes telepono tipanan pamilya negosyo singil utang nakinig ipinaliwanag tinulungan tumawag bumisita binago binuksan isinara nagtiwala inirekomenda nagpasalamat mabilis maingat magkasama".split(
    " ",
  ),
};
const languages = Object.keys(words) as (keyof typeof words)[];
const tagPool = [
  "complaint",
  "mortgage",
  "first visit",
  "pension",
  "card",
  "phone",
  "digital",
  "family",
  "loyalty",
  "fees",
];

let seed = 20261207;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
const sentence = (lang: keyof typeof words, n: number) =>
  Array.from({ length: n }, () => pick(words[lang]!)).join(" ");

const t = await createTestDatabase("bench");
const db = t.db;
try {
  const departments: Awaited<ReturnType<typeof createDepartment>>[] = [];
  for (let s = 0; s < 6; s++) {
    const segment = await createSegment(db, { name: `Bench segment ${s}` });
    const head = await createUser(db, { role: "HEAD", name: `Head ${s}` });
    departments.push(
      await createDepartment(db, { name: `Bench department ${s}`, segmentId: segment.id, headId: head.id }),
    );
  }
  const authors: { userId: string; department: (typeof departments)[number] }[] = [];
  for (let i = 0; i < 60; i++) {
    const u = await createUser(db, { role: "STAFF", name: `Author ${i}` });
    const d = departments[i % departments.length]!;
    await createStaffMember(db, { userId: u.id, departmentId: d.id });
    authors.push({ userId: u.id, department: d });
  }
  const reader = authors[0]!;
  const now = Date.now();
  console.info(`seeding ${STORIES} published stories...`);
  for (let start = 0; start < STORIES; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, STORIES - start) }, (_, k) => {
      const i = start + k;
      const author = authors[i % authors.length]!;
      // Not a function of the author: every department writes in every language.
      const language = languages[Math.floor(i / 7) % languages.length]!;
      const publishedAt = new Date(now - Math.floor(rand() * 365) * DAY);
      return {
        authorId: author.userId,
        segmentId: author.department.segmentId,
        departmentId: author.department.id,
        title: sentence(language, 6),
        situation: sentence(language, 40),
        action: sentence(language, 50),
        outcome: sentence(language, 25),
        lesson: sentence(language, 15),
        tags: [pick(tagPool), pick(tagPool)].filter((x, j, a) => a.indexOf(x) === j),
        language,
        showAuthorName: i % 2 === 0,
        status: "PUBLISHED" as const,
        submittedAt: publishedAt,
        moderatedAt: publishedAt,
        publishedAt,
      };
    });
    await db.serviceStory.createMany({ data: batch });
  }
  const ids = await db.serviceStory.findMany({ select: { id: true }, take: 3000 });
  await db.storyUseful.createMany({
    data: ids.flatMap(({ id }, i) => authors.slice(0, i % 7).map((a) => ({ storyId: id, userId: a.userId }))),
    skipDuplicates: true,
  });
  await db.$executeRawUnsafe(`ANALYZE "ServiceStory"`);
  await db.$executeRawUnsafe(`ANALYZE "StoryUseful"`);

  const user = await db.user.findUniqueOrThrow({ where: { id: reader.userId } });
  const segmentId = departments[2]!.segmentId;
  const cases: [string, StorySearchInput][] = [
    ["newest, no search", {}],
    ["en word (customer), relevance", { search: "customer" }],
    ["sv inflected (kunden), relevance", { search: "kunden" }],
    ["el inflected (πελάτη), relevance", { search: "πελάτη" }],
    ["words + exclusion", { search: "customer account -pension" }],
    ["search + segment filter", { search: "account", segmentId }],
    ["tag filter, newest", { tag: "pension" }],
    ["period + most useful", { publishedFrom: new Date(now - 90 * DAY), sort: "useful" }],
    ["search, page 20", { search: "customer", page: 20 }],
  ];
  const rows: string[] = [];
  let failed = false;
  for (const [name, input] of cases) {
    const times: number[] = [];
    let total = 0;
    for (let r = 0; r < WARMUP + RUNS; r++) {
      const caller = await benchCaller(db, user);
      const started = performance.now();
      const page = await caller.stories.search(input);
      const ms = performance.now() - started;
      total = page.total;
      if (r >= WARMUP) times.push(ms);
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
    if (q(0.95) > TARGET_MS) failed = true;
    rows.push(
      `| ${name} | ${total} | ${RUNS} | ${q(0.5).toFixed(1)} ms | ${q(0.95).toFixed(1)} ms | ${times.at(-1)!.toFixed(1)} ms |`,
    );
  }
  console.info(`\n${STORIES} stories\n`);
  console.info("| query | matches | runs | p50 | p95 | max |");
  console.info("| ----- | ------- | ---- | --- | --- | --- |");
  for (const r of rows) console.info(r);
  console.info(failed ? `\nFAIL: a p95 is over ${TARGET_MS} ms` : `\nall p95 <= ${TARGET_MS} ms`);
  process.exitCode = failed ? 1 : 0;
} finally {
  await t.drop();
}
