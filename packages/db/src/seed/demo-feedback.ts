/**
 * Front-line feedback demo data (issue 18): for every demo segment, what its customers asked for, complained
 * about, suggested or praised over the last 12 weeks, written by the staff who serve it in the company's languages
 * (English, Swedish, Danish, Tagalog, and some French and Greek), with statuses and the head's replies. Each segment
 * has one theme that only took off in the last weeks, so the insight page flags a rising tag; the current week is
 * left to what people file while trying the demo. The demo staff
 * member (staff@nordvik.example) has an answered item with its notification, one still new, and one edited item
 * with its earlier version. Deterministic; runs inside the demo seed's transaction.
 */
import { weekStartUtc } from "@portal/domain";
import type { DbClient } from "../client";
import type { Prisma } from "../generated/prisma/client";
import type { FeedbackKind, FeedbackStatus } from "../generated/prisma/enums";
import { seededRandom } from "../random";

const DAY = 86_400_000;
type Lang = "en" | "sv" | "da" | "tl" | "fr" | "el";
type Theme = { kind: FeedbackKind; tags: string[]; texts: Partial<Record<Lang, string>> };
type SegmentThemes = { steady: Theme[]; rising: Theme };

const themes: Record<string, SegmentThemes> = {
  private: {
    steady: [
      {
        kind: "NEED",
        tags: ["savings", "children"],
        texts: {
          en: "Parents ask for a savings account for their children that they can follow in the app.",
          sv: "Föräldrar frågar efter ett sparkonto för barnen som de kan följa i appen.",
        },
      },
      {
        kind: "COMPLAINT",
        tags: ["fees", "cards"],
        texts: {
          en: "Several customers were surprised by the yearly card fee and asked why it went up.",
          da: "Flere kunder blev overrasket over det årlige kortgebyr og spurgte, hvorfor det er steget.",
        },
      },
      {
        kind: "PRAISE",
        tags: ["advisor", "mortgage"],
        texts: {
          en: "A couple thanked us for explaining the mortgage offer step by step in one meeting.",
          tl: "Nagpasalamat ang mag-asawa dahil ipinaliwanag namin nang malinaw ang alok na mortgage sa iisang pulong.",
        },
      },
    ],
    rising: {
      kind: "COMPLAINT",
      tags: ["app login", "mobile app"],
      texts: {
        en: "Since the last app update customers cannot log in with their fingerprint and call the branch instead.",
        sv: "Sedan den senaste uppdateringen kan kunderna inte logga in med fingeravtryck och ringer kontoret i stället.",
        da: "Efter den seneste opdatering kan kunderne ikke logge ind med fingeraftryk og ringer i stedet til filialen.",
      },
    },
  },
  young: {
    steady: [
      {
        kind: "NEED",
        tags: ["first home", "savings"],
        texts: {
          en: "Young customers ask how much they need to save before they can buy a first flat.",
          sv: "Unga kunder frågar hur mycket de behöver spara innan de kan köpa sin första lägenhet.",
        },
      },
      {
        kind: "SUGGESTION",
        tags: ["mobile app", "budget"],
        texts: {
          en: "Students suggest a simple monthly budget view in the app, by category.",
          tl: "Iminumungkahi ng mga estudyante ang simpleng buwanang budget sa app, ayon sa kategorya.",
        },
      },
      {
        kind: "COMPETITOR",
        tags: ["neobank", "fees"],
        texts: {
          en: "Two customers moved their salary to a neobank that charges no card fee abroad.",
          da: "To kunder har flyttet deres løn til en digital bank uden kortgebyr i udlandet.",
        },
      },
    ],
    rising: {
      kind: "NEED",
      tags: ["split payments", "mobile app"],
      texts: {
        en: "Customers ask whether they can split a bill with friends directly in the app.",
        sv: "Kunder frågar om de kan dela en nota med vänner direkt i appen.",
        tl: "Tinatanong ng mga customer kung puwede nilang hatiin ang bayarin kasama ang mga kaibigan sa app mismo.",
      },
    },
  },
  small: {
    steady: [
      {
        kind: "NEED",
        tags: ["invoicing", "cash flow"],
        texts: {
          en: "Shop owners ask for invoice financing so they are not waiting 60 days to be paid.",
          sv: "Butiksägare efterfrågar fakturaköp så att de slipper vänta 60 dagar på betalning.",
        },
      },
      {
        kind: "COMPLAINT",
        tags: ["opening hours", "advisor"],
        texts: {
          en: "Business customers complain that they can only reach their advisor during their own working hours.",
          fr: "Les clients professionnels regrettent de ne joindre leur conseiller que pendant leurs propres heures de travail.",
        },
      },
      {
        kind: "PRAISE",
        tags: ["advisor", "loans"],
        texts: {
          en: "A bakery owner praised how quickly the equipment loan was approved.",
          da: "En bager roste, hvor hurtigt lånet til nyt udstyr blev godkendt.",
        },
      },
    ],
    rising: {
      kind: "NEED",
      tags: ["card terminals", "payments"],
      texts: {
        en: "Small shops ask for a cheaper card terminal that also takes mobile payments.",
        sv: "Små butiker frågar efter en billigare kortterminal som också tar mobilbetalningar.",
        tl: "Humihingi ang maliliit na tindahan ng mas murang card terminal na tumatanggap din ng mobile payment.",
      },
    },
  },
  enterprise: {
    steady: [
      {
        kind: "NEED",
        tags: ["cash management", "reporting"],
        texts: {
          en: "Treasury teams ask for daily liquidity reports across all their accounts in one file.",
          fr: "Les trésoreries demandent un rapport de liquidité quotidien de tous leurs comptes dans un seul fichier.",
        },
      },
      {
        kind: "COMPETITOR",
        tags: ["fx", "pricing"],
        texts: {
          en: "A client compared our currency exchange margins with a foreign bank's and found theirs lower.",
          sv: "En kund jämförde våra valutamarginaler med en utländsk banks och tyckte att deras var lägre.",
        },
      },
      {
        kind: "SUGGESTION",
        tags: ["reporting", "api"],
        texts: {
          en: "Finance directors suggest an API so their ERP system can fetch statements automatically.",
          da: "Økonomidirektører foreslår et API, så deres ERP-system kan hente kontoudtog automatisk.",
        },
      },
    ],
    rising: {
      kind: "NEED",
      tags: ["sustainability", "reporting"],
      texts: {
        en: "Clients ask for a report of the carbon footprint of their financing for their annual report.",
        sv: "Kunder efterfrågar en rapport om finansieringens klimatavtryck till sin årsredovisning.",
        el: "Οι πελάτες ζητούν αναφορά για το αποτύπωμα άνθρακα της χρηματοδότησής τους για την ετήσια έκθεση.",
      },
    },
  },
  public: {
    steady: [
      {
        kind: "NEED",
        tags: ["procurement", "documentation"],
        texts: {
          en: "Municipalities ask for our documentation in the format their procurement rules require.",
          sv: "Kommuner efterfrågar vår dokumentation i det format som deras upphandlingsregler kräver.",
        },
      },
      {
        kind: "PRAISE",
        tags: ["advisor", "payments"],
        texts: {
          en: "A school district thanked the team for moving all their salary payments without a single error.",
          da: "En skoleforvaltning takkede teamet for at flytte alle lønudbetalinger uden en eneste fejl.",
        },
      },
      {
        kind: "COMPLAINT",
        tags: ["reporting", "deadlines"],
        texts: {
          en: "An agency complained that the quarterly statement arrived after their own reporting deadline.",
          tl: "Nagreklamo ang isang ahensya na dumating ang quarterly statement pagkalipas ng sarili nilang deadline.",
        },
      },
    ],
    rising: {
      kind: "NEED",
      tags: ["e-invoicing", "payments"],
      texts: {
        en: "Public customers ask whether we can receive and send e-invoices in the national format.",
        sv: "Offentliga kunder frågar om vi kan ta emot och skicka e-fakturor i det nationella formatet.",
        da: "Offentlige kunder spørger, om vi kan modtage og sende e-fakturaer i det nationale format.",
      },
    },
  },
  premium: {
    steady: [
      {
        kind: "NEED",
        tags: ["investments", "advisor"],
        texts: {
          en: "Premium customers want a yearly review of their whole portfolio with the same advisor.",
          sv: "Premiumkunder vill ha en årlig genomgång av hela portföljen med samma rådgivare.",
        },
      },
      {
        kind: "PRAISE",
        tags: ["advisor", "service"],
        texts: {
          en: "A customer praised being called back within the hour about a blocked transfer.",
          fr: "Un client a salué le rappel dans l'heure au sujet d'un virement bloqué.",
        },
      },
      {
        kind: "COMPETITOR",
        tags: ["private banking", "pricing"],
        texts: {
          en: "A customer was offered a lower management fee by a private bank and asked us to match it.",
          el: "Σε έναν πελάτη προσφέρθηκε χαμηλότερη προμήθεια διαχείρισης από ιδιωτική τράπεζα και ζήτησε να την ισοφαρίσουμε.",
        },
      },
    ],
    rising: {
      kind: "NEED",
      tags: ["inheritance", "advisor"],
      texts: {
        en: "Customers ask for help planning how to pass on their savings to their children.",
        sv: "Kunder ber om hjälp att planera hur de ska föra vidare sitt sparande till barnen.",
        tl: "Humihingi ng tulong ang mga customer sa pagpaplano kung paano ipapamana ang kanilang ipon sa mga anak.",
      },
    },
  },
  rural: {
    steady: [
      {
        kind: "NEED",
        tags: ["loans", "equipment"],
        texts: {
          en: "Farmers ask for equipment loans whose repayments follow the harvest, not the calendar month.",
          da: "Landmænd efterspørger udstyrslån, hvor afdragene følger høsten og ikke kalendermåneden.",
        },
      },
      {
        kind: "COMPLAINT",
        tags: ["branch", "opening hours"],
        texts: {
          en: "Rural customers complain that the nearest branch now opens only two days a week.",
          sv: "Kunder på landsbygden klagar på att närmaste kontor nu bara har öppet två dagar i veckan.",
        },
      },
      {
        kind: "SUGGESTION",
        tags: ["advisor", "visits"],
        texts: {
          en: "A farmer suggested that an advisor visit the farm once a year instead of the farmer coming in.",
          tl: "Iminungkahi ng isang magsasaka na bumisita ang advisor sa bukid minsan sa isang taon.",
        },
      },
    ],
    rising: {
      kind: "NEED",
      tags: ["insurance", "weather"],
      texts: {
        en: "After the dry summer farmers ask whether we offer crop insurance against drought.",
        sv: "Efter den torra sommaren frågar lantbrukare om vi erbjuder skördeförsäkring mot torka.",
        da: "Efter den tørre sommer spørger landmænd, om vi tilbyder afgrødeforsikring mod tørke.",
      },
    },
  },
};

/** What a head answers, in the item's language, by status. */
const replies: Record<Lang, Partial<Record<FeedbackStatus, string>>> = {
  en: {
    ACKNOWLEDGED: "Thank you, this is noted. We will look at it at the next department meeting.",
    PLANNED: "Good point: this is planned for next quarter. I will keep you posted.",
    DONE: "This is now in place. Thank you for passing it on.",
    WONT_DO: "We have decided not to change this now; the reasons are in the minutes of the last meeting.",
  },
  sv: {
    ACKNOWLEDGED: "Tack, det är noterat. Vi tar upp det på nästa avdelningsmöte.",
    PLANNED: "Bra synpunkt: det är planerat till nästa kvartal. Jag håller dig uppdaterad.",
    DONE: "Det är nu infört. Tack för att du förde det vidare.",
    WONT_DO: "Vi har beslutat att inte ändra detta nu; skälen finns i protokollet från senaste mötet.",
  },
  da: {
    ACKNOWLEDGED: "Tak, det er noteret. Vi tager det op på næste afdelingsmøde.",
    PLANNED: "God pointe: det er planlagt til næste kvartal. Jeg holder dig orienteret.",
    DONE: "Det er nu på plads. Tak fordi du gav det videre.",
    WONT_DO: "Vi har besluttet ikke at ændre det nu; begrundelsen står i referatet fra sidste møde.",
  },
  tl: {
    ACKNOWLEDGED: "Salamat, naitala na ito. Pag-uusapan namin ito sa susunod na pulong ng departamento.",
    PLANNED: "Magandang punto: nakaplano ito sa susunod na quarter. Ipapaalam ko sa iyo ang mga update.",
    DONE: "Naipatupad na ito. Salamat sa pagpapaalam mo.",
    WONT_DO: "Nagpasya kaming hindi muna ito baguhin; nasa minutes ng huling pulong ang mga dahilan.",
  },
  fr: {
    ACKNOWLEDGED: "Merci, c'est noté. Nous en parlerons à la prochaine réunion du service.",
    PLANNED: "Bonne remarque : c'est prévu pour le prochain trimestre. Je vous tiendrai informé.",
    DONE: "C'est désormais en place. Merci de l'avoir fait remonter.",
    WONT_DO:
      "Nous avons décidé de ne pas changer cela pour l'instant ; les raisons figurent au compte rendu.",
  },
  el: {
    ACKNOWLEDGED: "Ευχαριστούμε, το σημειώσαμε. Θα το συζητήσουμε στην επόμενη σύσκεψη του τμήματος.",
    PLANNED: "Σωστή παρατήρηση: έχει προγραμματιστεί για το επόμενο τρίμηνο. Θα σας ενημερώνω.",
    DONE: "Αυτό έχει πλέον εφαρμοστεί. Ευχαριστούμε που το μεταφέρατε.",
    WONT_DO: "Αποφασίσαμε να μην το αλλάξουμε προς το παρόν· οι λόγοι αναφέρονται στα πρακτικά.",
  },
};

const excerpt = (text: string) => (text.length <= 80 ? text : `${text.slice(0, 77).replace(/\s+\S*$/, "")}…`);

export async function seedDemoFeedback(db: DbClient, now = new Date()) {
  const rnd = seededRandom(20261207);
  const segments = await db.customerSegment.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      departments: {
        select: { headId: true, staff: { select: { userId: true }, orderBy: { user: { email: "asc" } } } },
      },
    },
  });
  const hr = await db.user.findFirst({ where: { role: "HR" }, orderBy: { email: "asc" } });
  const anyStaff = await db.staffMember.findMany({
    select: { userId: true },
    orderBy: { user: { email: "asc" } },
  });
  const sam = await db.user.findUnique({ where: { email: "staff@nordvik.example" } });
  const byName: Record<string, string> = {
    "Private individuals": "private",
    "Young adults": "young",
    "Small businesses": "small",
    "Large enterprises": "enterprise",
    "Public sector": "public",
    "Premium customers": "premium",
    "Farmers & rural businesses": "rural",
  };
  const thisWeek = weekStartUtc(now).getTime();
  type Item = {
    id: string;
    segmentId: string;
    authorId: string;
    kind: FeedbackKind;
    tags: string[];
    text: string;
    language: Lang;
    version: number;
    status: FeedbackStatus;
    reply: string;
    respondedById: string | null;
    respondedAt: Date | null;
    responseVersion: number;
    createdAt: Date;
    updatedAt: Date;
  };
  const items: Item[] = [];
  let n = 0;
  for (const segment of segments) {
    const set = themes[byName[segment.name] ?? ""];
    if (!set) continue;
    const department = segment.departments[0];
    const authors = department?.staff.map((s) => s.userId) ?? anyStaff.slice(0, 5).map((s) => s.userId);
    const responder = department?.headId ?? hr?.id ?? null;
    if (authors.length === 0) continue;
    // The 11 complete weeks before the current one (which stays for what people file while using the demo).
    for (let weeksAgo = 11; weeksAgo >= 1; weeksAgo--) {
      const week: Theme[] = [rnd.pick(set.steady)];
      if (rnd.next() < 0.6) week.push(rnd.pick(set.steady));
      if (weeksAgo <= 3) week.push(set.rising, set.rising);
      else if (weeksAgo === 7) week.push(set.rising); // heard once before: it rises (6 against 1), it is not brand new
      for (const theme of week) {
        const langs = Object.keys(theme.texts) as Lang[];
        const language = rnd.pick(langs);
        const text = theme.texts[language]!;
        const createdAt = new Date(
          thisWeek - weeksAgo * 7 * DAY + rnd.int(0, 4) * DAY + rnd.int(8, 16) * 3_600_000,
        );
        const status: FeedbackStatus =
          weeksAgo >= 7
            ? rnd.pick(["DONE", "DONE", "WONT_DO", "PLANNED"] as const)
            : weeksAgo >= 3
              ? rnd.pick(["ACKNOWLEDGED", "PLANNED", "NEW"] as const)
              : rnd.pick(["NEW", "NEW", "ACKNOWLEDGED"] as const);
        const answered = status !== "NEW" && responder !== null;
        const respondedAt = answered
          ? new Date(Math.min(now.getTime(), createdAt.getTime() + 2 * DAY))
          : null;
        items.push({
          id: `demo-feedback-${String(++n).padStart(4, "0")}`,
          segmentId: segment.id,
          authorId: rnd.pick(authors),
          kind: theme.kind,
          tags: theme.tags,
          text,
          language,
          status: answered ? status : "NEW",
          reply: answered ? (replies[language][status] ?? "") : "",
          respondedById: answered ? responder : null,
          respondedAt,
          responseVersion: answered ? 1 : 0,
          version: 1,
          createdAt,
          updatedAt: respondedAt ?? createdAt,
        });
      }
    }
  }

  // The demo staff member: an answered item (with its notification), a new one, and an edited one.
  const revisions: Prisma.FeedbackRevisionCreateManyInput[] = [];
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  if (sam) {
    const own = items.filter(
      (i) =>
        i.segmentId ===
        segments.find((s) => s.departments.some((d) => d.staff.some((m) => m.userId === sam.id)))?.id,
    );
    const [answered, fresh, edited] = [own.find((i) => i.status === "PLANNED") ?? own[0], own.at(-1), own[1]];
    for (const item of [answered, fresh, edited]) if (item) item.authorId = sam.id;
    if (answered && answered !== fresh) {
      if (answered.status === "NEW") {
        answered.status = "PLANNED";
        answered.reply = replies[answered.language].PLANNED ?? "";
        answered.respondedById =
          segments.find((x) => x.id === answered.segmentId)?.departments[0]?.headId ?? null;
        answered.respondedAt = new Date(Math.min(now.getTime(), answered.createdAt.getTime() + 2 * DAY));
        answered.responseVersion = 1;
      }
      notifications.push({
        userId: sam.id,
        kind: "feedback.responded",
        params: { status: answered.status, excerpt: excerpt(answered.text), replied: true },
        link: `/feedback/${answered.id}`,
        dedupeKey: `feedback:${answered.id}:response:${answered.responseVersion}`,
        createdAt: answered.respondedAt ?? now,
      });
    }
    if (fresh && fresh !== answered)
      Object.assign(fresh, {
        status: "NEW",
        reply: "",
        respondedById: null,
        respondedAt: null,
        responseVersion: 0,
      });
    if (edited && edited !== answered && edited !== fresh) {
      revisions.push({
        feedbackId: edited.id,
        version: 1,
        kind: edited.kind,
        tags: edited.tags,
        // The first version: written in a hurry at the counter, finished later.
        text: `${edited.text.split(" ").slice(0, -4).join(" ")} …`,
        editedById: sam.id,
        replacedAt: new Date(edited.createdAt.getTime() + 3_600_000),
      });
      edited.version = 2;
    }
  }
  await db.feedback.createMany({ data: items });
  if (revisions.length) await db.feedbackRevision.createMany({ data: revisions });
  if (notifications.length) await db.notification.createMany({ data: notifications });
  return { feedback: items.length, answered: items.filter((i) => i.status !== "NEW").length };
}
