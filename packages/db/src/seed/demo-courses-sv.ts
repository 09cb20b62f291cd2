/** The demo courses in Swedish (terms: apps/web/messages/sv/GLOSSARY.md). Same order and ids as the English. */
import type { DemoTranslations } from "./demo-courses-i18n";

export const sv: DemoTranslations = {
  basics: {
    title: "Grunderna i kundfokus",
    summary:
      "Det alla på Nordvik delar: kundens behov kommer först, du är länken mellan kunden och banken, och det du hör når dem som fattar besluten.",
    modules: [
      {
        title: "Varför vi är organiserade efter kund",
        items: [
          {
            title: "En bank, många kundgrupper",
            body: `# En bank, många kundgrupper

Nordvik Bank är organiserad **efter typ av kund**. Varje avdelning betjänar en kundgrupp och känner den väl:
dess behov, hur den väljer och vad den väntar sig av oss.

| Avdelning | Betjänar | Vad kunderna väntar sig först |
|---|---|---|
| Private Banking Service | Privatpersoner | Tydliga svar om vardagsekonomi och bolån |
| Young Customers Team | Unga vuxna | En snabb upplevelse, i första hand i mobilen |
| Small Business Desk | Småföretag | En namngiven kontaktperson som förstår deras verksamhet |
| Corporate Banking | Storföretag | Specialister som arbetar som ett team |
| Public Sector Unit | Offentlig sektor | Regelefterlevnad, hänvisningar och hållna tidsfrister |
| Premium Banking | Premiumkunder | En personlig rådgivare och svar samma dag |

## Varför det spelar roll

- Kunder stannar längre när de känner sig **förstådda**, inte hanterade.
- Vi svarar **snabbare**, eftersom varje avdelning redan känner sina kunders vanliga frågor.
- Produkterna **anpassas** till varje grupp i stället för att vara likadana för alla.

## Risken vi skyddar oss mot

En kundgrupp som inte är tydligt avgränsad kan betjänas på fel sätt eller, i värsta fall, **av ingen alls**.
Om du möter en kund som inte verkar höra hemma någonstans, säg till din avdelningschef: det är så luckor täpps till.`,
          },
          {
            title: "Du är länken till kunden",
            body: `# Du är länken till kunden

Gemensamma värderingar går inte att drilla in över en natt. De växer när kolleger ser varandra sätta kunden
först, och när berättelser om god service berättas och förs vidare.

## Vad vi förväntar oss av alla

1. **Känn kundens mål.** Verksamhetens mål nås bara genom insikt i vad kunderna behöver.
2. **Fatta beslut för kunden.** Medarbetare i kundkontakt har mandat att lösa ett problem direkt, inom
   ramen för sin roll. Skicka inte runt kunden.
3. **För återkopplingen vidare, oförvanskad.** Klagomål, förslag och invändningar når beslutsfattarna så som
   kunden uttryckte dem. Använd formuläret *Kundens röst*; mildra inte budskapet.
4. **Förstå hela orderkedjan.** Från första samtalet till sista kontoutdraget: vet vad som händer före och
   efter din del.

> Kvalitet mäts på hur väl vi möter kundernas behov, inte på interna nyckeltal.

Se [servicelöftet](https://nordvik.example/service-promise) för hela texten.`,
          },
        ],
      },
      {
        title: "Situationer du kommer att möta",
        items: [
          {
            title: "Ett samtal som ingen svarade på i en halvtimme",
            context:
              "En kund kommer äntligen fram till dig efter 30 minuter i telefonkön. Kundens kort spärrades i morse.",
            customerSays: "Jag har väntat i en halvtimme! Mitt kort fungerar inte och jag står i kassan.",
            responses: {
              a: {
                text: "Be om ursäkt för väntan och häv sedan spärren medan kunden är kvar i luren.",
                feedback:
                  "Rätt: bekräfta väntan och lös det akuta problemet först. Kunden går därifrån med ett fungerande kort.",
              },
              b: {
                text: "Förklara att kön är lång eftersom många kolleger har semester.",
                feedback:
                  "En förklaring är ingen lösning: kunden kan fortfarande inte betala. Lös problemet först.",
              },
              c: {
                text: "Be kunden fylla i kortformuläret i appen, det går fortare.",
                feedback:
                  "Att skicka vidare en kund som redan har väntat i 30 minuter gör saken värre. Du kan fatta beslutet åt kunden nu.",
              },
            },
          },
          {
            title: "Ett bud som inte hör av sig",
            context:
              "En kunds nya kort skickades med bud. Budet kom medan kunden var på jobbet, utan att ringa först, och tog med sig kortet tillbaka.",
            customerSays: "Ingen sa att budet skulle komma. Nu har jag inget kort till resan i morgon.",
            responses: {
              a: {
                text: "Säg att budfirman är ett annat företag och ge kunden deras telefonnummer.",
                feedback:
                  "Kunden valde Nordvik, inte budfirman. Att lämpa över problemet bryter den länk du är.",
              },
              b: {
                text: "Beställ ett nödkort till ett kontor nära kunden till i morgon bitti, och rapportera problemet med budet via Kundens röst.",
                feedback:
                  "Bäst: du löser dagens problem och ser till att beslutsfattarna får veta om budet, så att det inte händer igen.",
              },
              c: {
                text: "Be om ursäkt och beställ kortet med bud igen.",
                feedback:
                  "Artigt, men kortet kommer inte fram i tid och ingen får veta om problemet med budet.",
              },
            },
          },
          {
            title: "En avgift som ingen nämnde",
            context:
              "En kund ser en avgift för en utlandsbetalning på sitt kontoutdrag. Ingen berättade om den när betalningen lades upp.",
            customerSays: "Varför har ni dragit 150 kronor? Ingen sa att det kostade något.",
            responses: {
              a: {
                text: "Visa kunden prislistan på webbplatsen.",
                feedback:
                  "Avgiften kan vara korrekt, men kunden fick inte veta om den. Att peka på prislistan känns som att lägga skulden på kunden.",
              },
              b: {
                text: "Förklara avgiften rakt på sak, betala tillbaka den den här gången eftersom den inte nämndes, och rapportera bristen så att rådgivarna tar upp den.",
                feedback:
                  "Bäst: ärligt, beslutat på plats, och återkopplingen åtgärdar orsaken för alla kunder.",
              },
              c: {
                text: "Betala tillbaka avgiften utan kommentar.",
                feedback:
                  "Kunden blir nöjd i dag, men ingen får veta varför det hände och det kommer att hända igen.",
              },
            },
          },
        ],
      },
      {
        title: "Testa dina kunskaper",
        items: [
          {
            title: "Test: grunderna i kundfokus",
            questions: {
              q1: {
                prompt: "Varför är Nordvik organiserad i avdelningar efter typ av kund?",
                explanation:
                  "Varje avdelning känner sin kundgrupp, så den svarar snabbare och anpassar produkterna efter gruppen.",
                choices: {
                  a: "Så att varje avdelning känner sina kunders behov och svarar snabbare",
                  b: "För att förenkla den interna rapporteringen",
                  c: "Eftersom alla kunder köper samma produkter",
                },
              },
              q2: {
                prompt:
                  "Vilka av dessa hör till våra gemensamma kundfokuserade värderingar? Välj alla som stämmer.",
                explanation:
                  "Att känna kundens mål, fatta beslut för kunden och föra återkopplingen vidare oförvanskad är gemensamma värderingar; interna nyckeltal är inte hur vi mäter kvalitet.",
                choices: {
                  a: "Känn kundens mål",
                  b: "För kundens återkoppling vidare oförvanskad",
                  c: "Mät kvalitet i första hand på interna nyckeltal",
                  d: "Fatta beslut för kunden inom ramen för din roll",
                },
              },
              q3: {
                prompt:
                  "Du bör mildra en kunds klagomål innan du för det vidare, så att beslutsfattarna inte blir upprörda.",
                explanation: "Fel: återkopplingen når beslutsfattarna så som kunden uttryckte den.",
              },
              q4: {
                prompt:
                  "En kund som inte verkar höra till någon kundgrupp ska rapporteras till din avdelningschef.",
                explanation:
                  "Rätt: en kundgrupp som ingen betjänar är den största risken med att organisera sig efter kund; en rapport täpper till luckan.",
              },
              q5: {
                prompt: "Ordna stegen för en kund som har väntat för länge i rätt ordning.",
                explanation: "Bekräfta väntan, lös det akuta problemet och rapportera sedan orsaken.",
                choices: {
                  a: "Bekräfta väntan och be om ursäkt",
                  b: "Lös det akuta problemet",
                  c: "Rapportera orsaken via Kundens röst",
                },
              },
              q6: {
                prompt: "Ett bud tog med sig en kunds kort tillbaka utan förvarning. Vad gör du först?",
                explanation:
                  "Lös kundens problem (ett nödkort i tid) och rapportera sedan problemet med budet.",
                choices: {
                  a: "Ge kunden budfirmans telefonnummer",
                  b: "Ordna ett nödkort i tid för kundens behov",
                  c: "Beställ om kortet på vanligt sätt",
                },
              },
            },
          },
        ],
      },
    ],
  },
  private: {
    title: "Att betjäna privatpersoner",
    summary:
      "Vardagsekonomi, bolån och sparande för hushåll: förklara kostnader utan facktermer och följ upp varje löfte.",
    modules: [
      {
        title: "Känn dina kunder",
        items: [
          {
            title: "Vilka våra privatkunder är",
            body: `# Vilka våra privatkunder är

Privatpersoner mellan 30 och 64 år är den största gruppen vi betjänar. De flesta sköter sina bankärenden **i appen
och per telefon**, och träffar en rådgivare några gånger i livet: ett bolån, ett sparande, en förändring i familjen.

| Behov | Hur de väljer | Vad vi gör |
|---|---|---|
| Vardagsekonomi | Bekvämlighet, inga överraskningar | Tydliga avgifter, kort som fungerar, snabb hävning av spärrar |
| Bolån | Total kostnad, förtroende för rådgivaren | Förklara varje kostnad före underskrift |
| Sparande | Enkelhet, en risk de förstår | En rekommendation, med enkla ord |

## Enkla ord

Säg *"du betalar 1,9 % ränta, ungefär 1 600 kronor i månaden"*, inte *"den nominella räntan är 1,9 % med månatlig
amortering"*. Om kunden måste fråga vad ett ord betyder var det fel ord.`,
          },
          {
            title: "Följ upp varje löfte",
            body: `# Följ upp varje löfte

Ett löfte om att ringa tillbaka är ett litet avtal. Kunderna minns det som bröts.

- Skriv in löftet i kundens ärende **innan** du lägger på: vad och när.
- Om du inte kan hålla det, ring före tidsfristen och säg när du kan.
- Knyt ihop säcken: bekräfta utfallet, även när svaret är nej.

**Tips:** ett lånebesked som är en dag försenat känns som ett nej för kunden. Ring i god tid.`,
          },
        ],
      },
      {
        title: "Situationer",
        items: [
          {
            title: "Bolånekostnaden som överraskade",
            context:
              "En förstagångsköpare tecknade ett bolån förra månaden. Det första kontoutdraget innehåller en uppläggningsavgift som kunden inte räknade med.",
            customerSays:
              "Jag trodde att jag hade förstått kostnaderna. Nu finns det en avgift jag aldrig har hört talas om.",
            responses: {
              a: {
                text: "Gå igenom det undertecknade erbjudandet med kunden, visa var avgiften stod och notera att våra rådgivare måste påpeka den uttryckligen.",
                feedback:
                  "Bäst: öppet, och återkopplingen gör att rådgivarna nämner avgiften före underskrift.",
              },
              b: {
                text: "Säg att det stod i avtalet som kunden skrev under.",
                feedback: "Sant men kallt: kunden går därifrån och känner sig lurad.",
              },
            },
          },
          {
            title: "Ett utlovat samtal som aldrig kom",
            context:
              "En kollega lovade att ringa tillbaka till en kund i fredags om ett sparande. Nu är det tisdag och ingen har ringt.",
            customerSays: "Jag fick höra att någon skulle ringa mig i fredags. Jag väntade hela dagen.",
            responses: {
              a: {
                text: "Säg att din kollega har mycket att göra och ringer snart.",
                feedback: "Ännu ett vagt löfte ovanpå ett brutet.",
              },
              b: {
                text: "Be om ursäkt, svara på frågan om sparandet nu och boka en uppföljning i ärendet.",
                feedback: "Bäst: du tar ansvar för löftet för bankens räkning och avslutar det nu.",
              },
              c: {
                text: "Boka ett möte på kontoret nästa vecka.",
                feedback: "Kunden har redan väntat; ett möte om en vecka är långsammare än att svara nu.",
              },
            },
          },
          {
            title: "Det spärrade kortet utomlands",
            context: "En kund på semester i Grekland ringer: kortet spärrades efter ett köp i en butik.",
            customerSays: "Mitt kort slutade fungera och jag har inget annat sätt att betala här.",
            responses: {
              a: {
                text: "Identifiera kunden, bekräfta att köpet var kundens eget, häv spärren och berätta hur kunden undviker det nästa gång.",
                feedback: "Bäst: snabbt, säkert, och kunden lär sig något användbart.",
              },
              b: {
                text: "Skicka ett nytt kort till kundens hemadress.",
                feedback: "Kunden är utomlands: ett kort hemma hjälper inte.",
              },
            },
          },
        ],
      },
      {
        title: "Testa dina kunskaper",
        items: [
          {
            title: "Test: privatpersoner",
            questions: {
              p1: {
                prompt: "Hur föredrar de flesta privatkunder att sköta sina bankärenden?",
                explanation:
                  "De flesta privatkunder använder appen och telefonen; rådgivarna träffar dem vid viktiga händelser i livet.",
                choices: { a: "I appen och per telefon", b: "Bara på kontoret", c: "Per brev" },
              },
              p2: {
                prompt: "Vad gör ett löfte om att ringa tillbaka pålitligt? Välj alla som stämmer.",
                explanation: "Skriv in det, ring före tidsfristen om den inte håller, och bekräfta utfallet.",
                choices: {
                  a: "Skriv in det i kundens ärende innan du lägger på",
                  b: "Ring före tidsfristen om du inte kan hålla den",
                  c: "Vänta tills kunden ringer igen",
                },
              },
              p3: {
                prompt: "Om kunden måste fråga vad ett ord betyder var det fel ord.",
                explanation: "Rätt: förklara kostnader med enkla ord.",
              },
              p4: {
                prompt: "En avgift som står i ett undertecknat avtal behöver aldrig nämnas.",
                explanation: "Fel: påpeka varje kostnad före underskrift.",
              },
              p5: {
                prompt: "Ordna stegen för ett spärrat kort utomlands.",
                explanation: "Identifiera den som ringer, bekräfta köpet och häv sedan spärren.",
                choices: {
                  a: "Identifiera kunden",
                  b: "Bekräfta att köpet var kundens eget",
                  c: "Häv spärren på kortet",
                },
              },
              p6: {
                prompt: "Ett utlovat samtal kom aldrig. Vad är bästa sättet att bemöta kunden?",
                explanation: "Ta ansvar för bankens räkning och svara nu.",
                choices: { a: "Be om ursäkt och svara på frågan nu", b: "Lova ett nytt samtal" },
              },
            },
          },
        ],
      },
    ],
  },
  small: {
    title: "Att betjäna småföretag",
    summary:
      "Enskilda näringsidkare och företag med upp till 50 anställda: förstå verksamheten innan du föreslår produkter, och var deras namngivna kontaktperson.",
    modules: [
      {
        title: "Känn dina kunder",
        items: [
          {
            title: "Vad ett småföretag behöver av sin bank",
            body: `# Vad ett småföretag behöver av sin bank

En småföretagare har ingen ekonomiavdelning: **du** är en del av deras. De värdesätter en namngiven kontaktperson
som känner deras verksamhet mer än någon produkt.

| Läge i verksamheten | Typisk förfrågan | En bra första fråga |
|---|---|---|
| Uppstart | Företagskonto, kortterminal | "Hur kommer dina kunder att betala dig?" |
| Tillväxt | Kortfristig kredit | "Vad ska pengarna användas till, och när kommer de tillbaka?" |
| Säsongssvacka | Checkkredit | "Vilka månader är tuffa, och hur såg förra året ut?" |

Fråga om verksamheten **innan** du föreslår en produkt.`,
          },
          {
            title: "Att vara den namngivna kontaktpersonen",
            body: `# Att vara den namngivna kontaktpersonen

- Ge kunden ditt direktnummer och namnet på din ersättare.
- När det behövs en specialist (kredit, betalningar): **presentera** specialisten; koppla inte vidare kunden.
- En kortterminal som har slutat fungera stoppar verksamheten: behandla det som ett akut ärende.`,
          },
        ],
      },
      {
        title: "Situationer",
        items: [
          {
            title: "Kortterminalen som stannade en lördag",
            context:
              "En caféägare ringer en lördagsförmiddag: kortterminalen visar ett anslutningsfel och kön växer.",
            customerSays: "Jag kan inte ta betalt. Varje minut kostar mig kunder.",
            responses: {
              a: {
                text: "Guida kunden genom omstarten av terminalen och ställ om den till mobildata medan du är kvar i luren.",
                feedback: "Bäst: löst på distans, på några minuter, utan besök på plats.",
              },
              b: {
                text: "Boka en tekniker till måndag.",
                feedback: "Caféet förlorar en hel helgs kortförsäljning.",
              },
            },
          },
          {
            title: "En kreditförfrågan utan sammanhang",
            context:
              "En snickare med fem anställda ber per e-post om 400 000 kronor i kredit, utan någon förklaring.",
            customerSays: "Jag behöver pengarna före månadsskiftet. Kan ni ordna det?",
            responses: {
              a: {
                text: "Skicka den vanliga blanketten för kreditansökan.",
                feedback: "Blanketter utan ett samtal missar vad verksamheten faktiskt behöver.",
              },
              b: {
                text: "Ring och fråga vad pengarna ska användas till och när de kommer tillbaka, och föreslå sedan rätt produkt.",
                feedback:
                  "Bäst: förstå verksamheten först; det kan vara ett kortfristigt behov som en checkkredit täcker bättre.",
              },
              c: {
                text: "Säg att kreditbeslut tar sex veckor.",
                feedback: "Avskräckande, och troligen fel för ett litet och väl förklarat behov.",
              },
            },
          },
          {
            title: "Kunden som kopplades runt",
            context:
              "En butiksägare har kopplats vidare tre gånger mellan betalningar och kredit i en och samma fråga.",
            customerSays: "Nu har jag förklarat det här tre gånger. Vem är det egentligen som ansvarar?",
            responses: {
              a: {
                text: "Ta ansvar: säg att du är kundens kontaktperson, ta in specialisten i ett och samma samtal och rapportera att kunden kopplades runt.",
                feedback: "Bäst: en kontaktperson, ett svar, och rundgången åtgärdas.",
              },
              b: {
                text: "Koppla kunden vidare till rätt specialist med en anteckning.",
                feedback: "En fjärde vidarekoppling, hur välmenande den än är.",
              },
            },
          },
        ],
      },
      {
        title: "Testa dina kunskaper",
        items: [
          {
            title: "Test: småföretag",
            questions: {
              s1: {
                prompt: "Vad värdesätter småföretagskunder mest?",
                explanation: "En namngiven kontaktperson som känner deras verksamhet.",
                choices: {
                  a: "En namngiven kontaktperson som känner deras verksamhet",
                  b: "Den längsta produktlistan",
                  c: "Kontorets öppettider",
                },
              },
              s2: {
                prompt: "Vilka är bra första frågor vid en kreditförfrågan? Välj alla som stämmer.",
                explanation: "Fråga vad pengarna ska användas till och när de kommer tillbaka.",
                choices: {
                  a: "Vad ska pengarna användas till?",
                  b: "När kommer de tillbaka?",
                  c: "Vilken blankett har du fyllt i?",
                },
              },
              s3: {
                prompt: "En kortterminal som har slutat fungera kan vänta på en tekniker till måndag.",
                explanation: "Fel: den stoppar verksamheten; lös det på distans direkt.",
              },
              s4: {
                prompt: "Du presenterar specialister för kunden i stället för att koppla vidare kunden.",
                explanation: "Rätt: kunden behåller en och samma kontaktperson.",
              },
              s5: {
                prompt: "Ordna stegen för en kreditförfrågan.",
                explanation: "Förstå behovet, föreslå en lösning och fatta sedan beslut.",
                choices: {
                  a: "Fråga om verksamheten och behovet",
                  b: "Föreslå rätt produkt",
                  c: "Förbered kreditbeslutet",
                },
              },
              s6: {
                prompt: "En kund har kopplats vidare tre gånger. Vad gör du?",
                explanation: "Ta ansvar och ta in specialisten i ett och samma samtal.",
                choices: {
                  a: "Ta ansvar och ta in specialisten i ett och samma samtal",
                  b: "Koppla vidare med en anteckning",
                },
              },
            },
          },
        ],
      },
    ],
  },
  public: {
    title: "Att betjäna offentlig sektor",
    summary:
      "Kommuner, myndigheter och offentliga institutioner: upphandlingar, ramavtal, strikt regelefterlevnad och tidsfrister för rapportering.",
    modules: [
      {
        title: "Känn dina kunder",
        items: [
          {
            title: "Hur offentliga kunder köper",
            body: `# Hur offentliga kunder köper

Offentliga kunder köper genom **upphandlingar** och **ramavtal**. De måste kunna visa att varje beslut följde
reglerna, och därför värdesätter de en bank som gör regelefterlevnaden enkel.

| Skede | Vad de behöver av oss | Vår regel |
|---|---|---|
| Upphandling | Ett fullständigt svar på varje skallkrav | Lista kraven innan du skriver |
| Avtal | Exakt det som utlovades | Inga extra produkter, inga överraskningar |
| Rapportering | Rapporter på de avtalade datumen | Tidsfrister missas aldrig |

Besvara en fråga om regelefterlevnad **med hänvisningen** (lagen, klausulen), inte med en åsikt.`,
          },
          {
            title: "Tidsfrister och hänvisningar",
            body: `# Tidsfrister och hänvisningar

1. För en kalender över varje rapporteringsdatum i avtalet.
2. Skicka rapporterna **före** datumet; en försenad rapport blir en anmärkning mot kunden vid granskningen.
3. När du hänvisar till en regel, ange källan så att kunden kan arkivera den.`,
          },
        ],
      },
      {
        title: "Situationer",
        items: [
          {
            title: "Kvartalsrapporten som blir försenad",
            context:
              "En kommuns kvartalsrapport över betalningar ska lämnas i morgon. En systemändring gör att underlaget blir klart först om tre dagar.",
            customerSays: "Vi behöver rapporten i morgon till vårt revisionsutskott.",
            responses: {
              a: {
                text: "Ring i dag, förklara förseningen, skicka det som är klart i morgon och den fullständiga rapporten om tre dagar, och dokumentera orsaken.",
                feedback:
                  "Bäst: ingen överraskning, kunden kan informera sitt utskott och orsaken rapporteras.",
              },
              b: {
                text: "Skicka den om tre dagar utan förvarning.",
                feedback: "En tyst försening blir en anmärkning mot kunden.",
              },
            },
          },
          {
            title: "En fråga om regelefterlevnad i telefon",
            context:
              "En ekonomihandläggare på en myndighet frågar om de får ha medel på ett sparkonto enligt sitt ramavtal.",
            customerSays: "Är det här tillåtet enligt vårt avtal? Jag behöver det skriftligt.",
            responses: {
              a: {
                text: "Säg att du tror att det går bra.",
                feedback: "En åsikt går inte att arkivera; handläggaren behöver hänvisningen.",
              },
              b: {
                text: "Kontrollera avtalet, svara skriftligt med klausulens nummer och skicka en kopia till deras avtalsansvarige.",
                feedback: "Bäst: ett skriftligt svar med en hänvisning som de kan arkivera.",
              },
              c: {
                text: "Be dem fråga sin jurist.",
                feedback: "Avtalet är vårt också: vi kan besvara frågan.",
              },
            },
          },
          {
            title: "En avgift utanför ramavtalet",
            context: "En skolförvaltning debiteras en valutaavgift som inte finns med i ramavtalet.",
            customerSays: "Den här avgiften finns inte i vårt avtal.",
            responses: {
              a: {
                text: "Betala tillbaka avgiften, bekräfta skriftligt att bara avtalade avgifter gäller och rapportera felet i debiteringen.",
                feedback: "Bäst: avtalet är regeln; åtgärda orsaken också.",
              },
              b: {
                text: "Förklara att avgiften gäller för alla kunder.",
                feedback: "Inte enligt deras avtal: bara avtalade avgifter gäller.",
              },
            },
          },
        ],
      },
      {
        title: "Testa dina kunskaper",
        items: [
          {
            title: "Test: offentlig sektor",
            questions: {
              g1: {
                prompt: "Hur köper offentliga kunder vanligtvis banktjänster?",
                explanation: "Genom upphandlingar och ramavtal.",
                choices: {
                  a: "Genom upphandlingar och ramavtal",
                  b: "Genom att gå in på ett kontor",
                  c: "Via mobilappen",
                },
              },
              g2: {
                prompt:
                  "Vad kännetecknar ett bra svar på en fråga om regelefterlevnad? Välj alla som stämmer.",
                explanation: "Skriftligt, med hänvisning, och med avtalsansvarige informerad.",
                choices: {
                  a: "Det är skriftligt",
                  b: "Det hänvisar till klausulen eller lagen",
                  c: "Det är din personliga åsikt",
                },
              },
              g3: {
                prompt: "En rapport som skickas en dag för sent är ofarlig om underlaget är korrekt.",
                explanation: "Fel: en försenad rapport blir en anmärkning mot kunden.",
              },
              g4: {
                prompt: "Bara de avgifter som står i ramavtalet gäller för kunden.",
                explanation: "Rätt: avtalet är regeln.",
              },
              g5: {
                prompt: "Ordna skedena i en relation med en kund i offentlig sektor.",
                explanation: "Upphandling, sedan avtal, sedan rapportering.",
                choices: { a: "Upphandling", b: "Ramavtal", c: "Rapportering" },
              },
              g6: {
                prompt: "En rapport kommer att bli försenad. Vad gör du?",
                explanation: "Varna kunden i god tid och skicka det som är klart.",
                choices: {
                  a: "Varna kunden i dag och skicka det som är klart",
                  b: "Skicka den sent utan att säga något",
                },
              },
            },
          },
        ],
      },
    ],
  },
};
