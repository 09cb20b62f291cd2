/**
 * Service stories for the Nordvik demo (issue 18): published stories for every segment, in the company's
 * languages (en, sv, da, fr, el, tl), with useful marks and comments; one draft by Sam Staff and one submitted
 * story waiting for the Private Banking head's moderation. Deterministic; runs inside the demo seed's
 * transaction after the staff exist (authors are picked by e-mail order within their department).
 */
import type { DbClient } from "../client";

const DAY = 86_400_000;

type StorySeed = {
  segment: string;
  /** The author's department (null: the segment's own). */
  department?: string;
  language: "en" | "sv" | "da" | "fr" | "el" | "tl";
  title: string;
  situation: string;
  action: string;
  outcome: string;
  lesson: string;
  tags: string[];
  showAuthorName: boolean;
  daysAgo: number;
};

const published: StorySeed[] = [
  {
    segment: "Private individuals",
    language: "en",
    title: "The mortgage renewal that started with a worry",
    situation:
      "A couple in their fifties called about renewing their **mortgage**. The real reason for the call was a worry: one of them was about to lose their job.",
    action:
      "I put the rate comparison aside and asked what their budget would look like on one income. We went through:\n\n- a longer term for two years,\n- an interest-only period,\n- what the buffer in their savings account could cover.",
    outcome:
      "They chose a two-year interest-only period and kept the mortgage with us. They called back three months later to move their savings too.",
    lesson: "Ask what the call is *really* about before you quote a rate.",
    tags: ["mortgage", "worry", "phone"],
    showAuthorName: true,
    daysAgo: 40,
  },
  {
    segment: "Private individuals",
    language: "sv",
    title: "Pensionären som inte ville använda appen",
    situation:
      "En pensionär kom till kontoret för att betala räkningar och var irriterad över att alla hänvisade honom till appen.",
    action:
      "Jag betalade räkningarna med honom vid disken och frågade sedan om han ville att vi satte upp autogiro för de fasta räkningarna. Vi gick igenom varje betalning tillsammans.",
    outcome:
      "Han har nu autogiro för hyra, el och försäkringar och kommer till kontoret en gång i kvartalet för att gå igenom kontoutdraget.",
    lesson: "Kunderna vill inte alltid ha det digitala; de vill slippa oroa sig för sina betalningar.",
    tags: ["pension", "betalningar", "kontor"],
    showAuthorName: false,
    daysAgo: 21,
  },
  {
    segment: "Young adults",
    language: "da",
    title: "Den første lønkonto",
    situation:
      "En studerende havde fået sit første deltidsjob og vidste ikke, hvordan skat og feriepenge fungerede.",
    action:
      "Jeg oprettede lønkontoen sammen med hende i appen og viste hende, hvor hun kunne se skattekortet. Vi lavede også en lille opsparing på 200 kr. om måneden.",
    outcome: "Hun anbefalede os til tre af sine medstuderende samme uge.",
    lesson: "Unge kunder husker den, der forklarede dem det første, ikke den billigste konto.",
    tags: ["studerende", "første konto", "app"],
    showAuthorName: true,
    daysAgo: 33,
  },
  {
    segment: "Young adults",
    language: "tl",
    title: "Ang unang ipon para sa bahay",
    situation:
      "Isang batang nurse ang gustong mag-ipon para sa sariling bahay pero hindi niya alam kung saan magsisimula.",
    action:
      "Sabay naming binuksan ang savings account sa app at nag-set kami ng awtomatikong paglilipat tuwing sahod. Ipinaliwanag ko rin kung paano gumagana ang *home savings bonus*.",
    outcome: "Pagkalipas ng anim na buwan, may sapat na siyang ipon para sa unang bayad sa housing loan.",
    lesson: "Gawing awtomatiko ang pag-iipon; mas madali para sa customer ang manatili sa plano.",
    tags: ["ipon", "bahay", "app"],
    showAuthorName: false,
    daysAgo: 12,
  },
  {
    segment: "Small businesses",
    language: "en",
    title: "A bakery's cash-flow gap in January",
    situation:
      "A bakery owner came in angry: her card terminal payouts were delayed over New Year and she could not pay her flour supplier.",
    action:
      "I apologised for the delay first, then checked the payout status with her and set up a small overdraft for January only, so the supplier could be paid the same day.",
    outcome: "She kept her business account with us and now asks us before the holidays every year.",
    lesson: "A small business's problem is always today's problem: solve today first, then explain.",
    tags: ["complaint", "cash flow", "card terminal"],
    showAuthorName: true,
    daysAgo: 55,
  },
  {
    segment: "Small businesses",
    language: "fr",
    title: "Le plombier qui voulait tout faire par téléphone",
    situation:
      "Un artisan plombier n'avait jamais le temps de venir à l'agence et perdait des chantiers faute de pouvoir financer ses fournitures.",
    action:
      "Je lui ai proposé un rendez-vous téléphonique à 7 h, avant ses chantiers, et nous avons monté ensemble une ligne de crédit pour ses achats de matériel.",
    outcome: "Il a accepté deux chantiers de plus le mois suivant.",
    lesson: "S'adapter aux horaires du client vaut plus qu'un meilleur taux.",
    tags: ["artisan", "crédit", "téléphone"],
    showAuthorName: false,
    daysAgo: 18,
  },
  {
    segment: "Large enterprises",
    language: "en",
    title: "Three banks, one treasurer, one spreadsheet",
    situation:
      "The treasurer of a logistics group ran cash across three banks and rebuilt her liquidity forecast by hand every Monday.",
    action:
      "Instead of pitching our cash pool, I asked to see her spreadsheet. We mapped which accounts fed which lines and offered a daily statement feed in the format her tool already read.",
    outcome:
      "Her Monday report went from half a day to twenty minutes; a year later the group moved its main cash pool to us.",
    lesson: "Learn the customer's own tools before offering yours.",
    tags: ["treasury", "liquidity", "integration"],
    showAuthorName: true,
    daysAgo: 70,
  },
  {
    segment: "Large enterprises",
    language: "sv",
    title: "Kunderna som bytte bank efter ett missat samtal",
    situation:
      "Två av våra företagskunder hade lämnat oss samma år. Båda hade ringt sin kontaktperson om en valutaaffär och inte fått svar samma dag.",
    action:
      "Vi införde en gemensam telefonkö för teamet och en regel om att varje samtal från en företagskund besvaras inom två timmar, oavsett vem som har kunden.",
    outcome:
      "Ingen kund har lämnat oss av det skälet sedan dess, och kunderna nämner det själva i våra uppföljningar.",
    lesson: "Företagskunder förlåter en hög avgift men inte ett obesvarat samtal.",
    tags: ["valuta", "tillgänglighet", "uppföljning"],
    showAuthorName: false,
    daysAgo: 9,
  },
  {
    segment: "Public sector",
    language: "el",
    title: "Ο δήμος και οι πληρωμές των προμηθευτών",
    situation:
      "Το λογιστήριο ενός δήμου πλήρωνε τους προμηθευτές με καθυστέρηση, επειδή κάθε πληρωμή χρειαζόταν τρεις υπογραφές σε χαρτί.",
    action:
      "Συναντήσαμε τους υπαλλήλους του λογιστηρίου και στήσαμε μαζί ηλεκτρονική έγκριση πληρωμών με δύο υπογραφές, σύμφωνα με τον κανονισμό τους.",
    outcome: "Οι πληρωμές των προμηθευτών γίνονται πλέον μέσα σε πέντε ημέρες αντί για τριάντα.",
    lesson: "Στον δημόσιο τομέα ξεκινάμε από τον κανονισμό του πελάτη, όχι από το προϊόν μας.",
    tags: ["πληρωμές", "δήμος", "έγκριση"],
    showAuthorName: true,
    daysAgo: 27,
  },
  {
    segment: "Public sector",
    language: "fr",
    title: "Une école et sa régie d'avances",
    situation:
      "La gestionnaire d'un collège devait justifier chaque dépense de la régie d'avances et passait ses soirées à rapprocher les relevés.",
    action:
      "Nous lui avons ouvert une carte de régie avec un relevé détaillé par catégorie de dépense, exportable pour son logiciel comptable.",
    outcome: "Le rapprochement mensuel lui prend désormais une heure au lieu de deux soirées.",
    lesson: "Pour un client public, la preuve de la dépense compte autant que la dépense elle-même.",
    tags: ["école", "relevés", "carte"],
    showAuthorName: false,
    daysAgo: 15,
  },
  {
    segment: "Premium customers",
    language: "da",
    title: "Kunden, der ville tale med den samme rådgiver",
    situation:
      "En af vores bedste kunder havde haft fire forskellige rådgivere på to år og overvejede at flytte sin formue.",
    action:
      "Jeg ringede til ham selv, lovede ham én fast rådgiver og en stedfortræder, han mødte personligt, og vi aftalte et møde hvert kvartal.",
    outcome: "Han blev, og hans datter er siden blevet kunde hos os.",
    lesson: "For de bedste kunder er kontinuitet selve produktet.",
    tags: ["rådgiver", "loyalitet", "formue"],
    showAuthorName: true,
    daysAgo: 46,
  },
  {
    segment: "Premium customers",
    language: "el",
    title: "Η πελάτισσα που ήθελε να καταλάβει τις χρεώσεις",
    situation:
      "Μια πελάτισσα με μεγάλο χαρτοφυλάκιο παραπονέθηκε ότι δεν καταλάβαινε τις χρεώσεις του λογαριασμού διαχείρισης.",
    action:
      "Της έστειλα πριν από τη συνάντηση μια απλή σελίδα με κάθε χρέωση, το ποσό της και τι καλύπτει, και τη συζητήσαμε γραμμή προς γραμμή.",
    outcome: "Έμεινε πελάτισσα και ζήτησε την ίδια σελίδα κάθε χρόνο.",
    lesson: "Η διαφάνεια στις χρεώσεις χτίζει περισσότερη εμπιστοσύνη από μια έκπτωση.",
    tags: ["χρεώσεις", "διαφάνεια", "παράπονο"],
    showAuthorName: false,
    daysAgo: 6,
  },
  {
    segment: "Farmers & rural businesses",
    department: "Small Business Desk",
    language: "tl",
    title: "Ang magsasakang naghihintay ng ani",
    situation:
      "Isang magsasaka ang humingi ng loan para sa pataba, pero babayaran lang niya ito pagkatapos ng ani, anim na buwan pa.",
    action:
      "Inayos namin ang iskedyul ng bayad ayon sa panahon ng ani, hindi buwan-buwan, at isinama namin ang insurance ng pananim.",
    outcome: "Nabayaran niya ang loan nang buo pagkatapos ng ani at bumalik siya sa sumunod na taniman.",
    lesson: "Sundin ang kalendaryo ng customer: iba ang takbo ng pera ng magsasaka.",
    tags: ["ani", "loan", "iskedyul"],
    showAuthorName: true,
    daysAgo: 24,
  },
  {
    segment: "Farmers & rural businesses",
    department: "Small Business Desk",
    language: "en",
    title: "Nobody serves the farmers yet",
    situation:
      "Three farmers came to the Small Business Desk in one month asking about EU subsidy bridging loans. None of us knew the scheme well.",
    action:
      "I read the subsidy rules, wrote a one-page guide for the desk and invited one of the farmers to tell us how the payments actually arrive.",
    outcome:
      "We now answer these questions the same day; the guide went to the head of the desk as a case for a rural team.",
    lesson: "When customers keep asking for something we do not offer, tell the people who decide.",
    tags: ["subsidies", "agriculture", "gap"],
    showAuthorName: false,
    daysAgo: 3,
  },
];

const comments: Record<string, string[]> = {
  "The mortgage renewal that started with a worry": [
    "I used this on a call yesterday. It worked.",
    "Good reminder to look at the budget before the rate.",
  ],
  "Pensionären som inte ville använda appen": ["Samma sak hos oss på kontoret i Uppsala."],
  "Three banks, one treasurer, one spreadsheet": [
    "Could we make a checklist of this for new corporate advisors?",
  ],
};

export async function seedDemoStories(db: DbClient, now = new Date()) {
  const segments = await db.customerSegment.findMany({
    select: { id: true, name: true, departments: { select: { id: true, name: true, headId: true } } },
  });
  const departments = await db.department.findMany({
    select: {
      id: true,
      name: true,
      headId: true,
      staff: { orderBy: { user: { email: "asc" } }, select: { userId: true } },
    },
  });
  const segmentOf = new Map(segments.map((s) => [s.name, s]));
  const departmentOf = new Map(departments.map((d) => [d.name, d]));
  const hr = await db.user.findUniqueOrThrow({
    where: { email: "hr@nordvik.example" },
    select: { id: true },
  });
  const readers = (
    await db.user.findMany({ where: { role: "STAFF" }, orderBy: { email: "asc" }, select: { id: true } })
  ).map((u) => u.id);

  let count = 0;
  for (const [i, s] of published.entries()) {
    const segment = segmentOf.get(s.segment)!;
    const department = s.department
      ? departmentOf.get(s.department)!
      : departmentOf.get(segment.departments[0]!.name)!;
    // A different colleague for each story of a department (the first is Sam Staff in Private Banking: skip them).
    const author = department.staff[(i % (department.staff.length - 1)) + 1]!.userId;
    const publishedAt = new Date(now.getTime() - s.daysAgo * DAY);
    const moderatorId = segment.departments[0]?.headId ?? hr.id;
    const story = await db.serviceStory.create({
      data: {
        authorId: author,
        segmentId: segment.id,
        departmentId: department.id,
        title: s.title,
        situation: s.situation,
        action: s.action,
        outcome: s.outcome,
        lesson: s.lesson,
        tags: s.tags,
        language: s.language,
        showAuthorName: s.showAuthorName,
        status: "PUBLISHED",
        moderatorId,
        submittedAt: new Date(publishedAt.getTime() - 2 * DAY),
        moderatedAt: publishedAt,
        publishedAt,
        createdAt: new Date(publishedAt.getTime() - 3 * DAY),
      },
    });
    count++;
    // Older stories have had more readers find them useful.
    const marks = readers.filter((id, k) => id !== author && (k + i) % 7 < Math.min(5, 1 + s.daysAgo / 12));
    await db.storyUseful.createMany({ data: marks.map((userId) => ({ storyId: story.id, userId })) });
    for (const [k, body] of (comments[s.title] ?? []).entries())
      await db.storyComment.create({
        data: {
          storyId: story.id,
          authorId: readers[(k * 5 + i + 3) % readers.length]!,
          body,
          createdAt: new Date(publishedAt.getTime() + (k + 1) * DAY),
        },
      });
  }

  // Sam Staff's draft, and a colleague's story waiting for the Private Banking head.
  const privateBanking = departmentOf.get("Private Banking Service")!;
  const privateSegment = segmentOf.get("Private individuals")!;
  const sam = await db.user.findUniqueOrThrow({
    where: { email: "staff@nordvik.example" },
    select: { id: true },
  });
  await db.serviceStory.create({
    data: {
      authorId: sam.id,
      segmentId: privateSegment.id,
      departmentId: privateBanking.id,
      title: "The customer who wanted to close every account",
      situation: "A customer came in to close all her accounts after a card was blocked abroad.",
      action: "",
      outcome: "",
      lesson: "",
      tags: ["complaint", "card"],
      language: "en",
      createdAt: new Date(now.getTime() - DAY),
    },
  });
  await db.serviceStory.create({
    data: {
      authorId: privateBanking.staff[1]!.userId,
      segmentId: privateSegment.id,
      departmentId: privateBanking.id,
      title: "Ett dödsbo och tre syskon",
      situation:
        "Tre syskon kom till kontoret efter sin mammas död och visste inte hur de skulle komma åt kontona.",
      action: "Jag tog fram en checklista för dödsboet och bokade ett gemensamt möte med alla tre syskonen.",
      outcome: "Bouppteckningen var klar på sex veckor och syskonen har valt att stanna kvar som kunder.",
      lesson: "I sorg behöver kunderna en plan och en person att ringa, inte en blankett.",
      tags: ["dödsbo", "familj"],
      language: "sv",
      status: "SUBMITTED",
      submittedAt: new Date(now.getTime() - 2 * DAY),
      createdAt: new Date(now.getTime() - 4 * DAY),
    },
  });
  return count + 2;
}
