/**
 * The demo courses in Tagalog (terms: apps/web/messages/tl/GLOSSARY.md; the Taglish of Philippine bank offices
 * where staff really use the English word: card, branch, fee, app). Same order and ids as the English.
 */
import type { DemoTranslations } from "./demo-courses-i18n";

export const tl: DemoTranslations = {
  basics: {
    title: "Mga batayan ng pagiging nakatuon sa customer",
    summary:
      "Ang pinagsasaluhan ng bawat empleyado ng Nordvik: nauuna ang pangangailangan ng customer, ikaw ang ugnayan ng customer at ng bangko, at umaabot sa mga nagpapasya ang naririnig mo.",
    modules: [
      {
        title: "Bakit tayo nakaayos ayon sa customer",
        items: [
          {
            title: "Iisang bangko, maraming grupo ng customer",
            body: `# Iisang bangko, maraming grupo ng customer

Ang Nordvik Bank ay nakaayos **ayon sa uri ng customer**. Bawat departamento ay naglilingkod sa iisang grupo ng
customer at kilalang-kilala ito: ang mga pangangailangan nito, kung paano ito pumipili, at kung ano ang inaasahan
nito sa atin.

| Departamento | Pinaglilingkuran | Unang inaasahan nila |
|---|---|---|
| Private Banking Service | Mga indibidwal | Malinaw na sagot tungkol sa pang-araw-araw na banking at housing loan |
| Young Customers Team | Mga young adult | Mabilis na serbisyo, una sa mobile |
| Small Business Desk | Maliliit na negosyo | Isang tiyak na contact person na nakauunawa sa kanilang negosyo |
| Corporate Banking | Malalaking kumpanya | Mga espesyalistang nagtatrabaho bilang iisang team |
| Public Sector Unit | Pampublikong sektor | Pagsunod sa regulasyon, mga reperensiya, at mga deadline na natutupad |
| Premium Banking | Mga premium na customer | Sariling banker at sagot sa loob ng araw ding iyon |

## Bakit ito mahalaga

- Mas tumatagal ang mga customer kapag pakiramdam nila ay **nauunawaan** sila, hindi basta pinoproseso.
- Mas **mabilis** tayong sumagot, dahil alam na ng bawat departamento ang karaniwang tanong ng mga customer nito.
- **Iniaangkop** ang mga produkto sa bawat grupo sa halip na iisang produkto para sa lahat.

## Ang panganib na binabantayan natin

Ang grupo ng customer na hindi malinaw ang hangganan ay maaaring mapagsilbihan nang mali o, sa pinakamasama,
**walang maglingkod dito**. Kung may makaharap kang customer na tila walang kinabibilangang grupo, sabihin ito sa
iyong pinuno ng departamento: ganito natin natatakpan ang mga puwang.`,
          },
          {
            title: "Ikaw ang ugnayan sa customer",
            body: `# Ikaw ang ugnayan sa customer

Hindi naituturo sa isang gabi ang pinagsasaluhang pagpapahalaga. Lumalago ito kapag nakikita ng magkakatrabaho
na inuuna ng bawat isa ang customer, at kapag ikinukuwento at ipinapasa ang mga kuwento ng mahusay na serbisyo.

## Ang inaasahan namin sa lahat

1. **Alamin ang layunin ng customer.** Naaabot lang ang mga layunin ng negosyo kung alam natin ang kailangan ng
   mga customer.
2. **Magpasya para sa customer.** May kapangyarihan ang mga kawaning humaharap sa customer na lutasin agad ang
   problema, sa loob ng saklaw ng kanilang tungkulin. Huwag ipagpasa-pasa ang customer.
3. **Iparating ang puna nang buo.** Umaabot sa mga nagpapasya ang mga reklamo, mungkahi at pagtutol gaya ng
   pagkakasabi ng customer. Gamitin ang form na *Customer voice*; huwag palambutin ang mensahe.
4. **Unawain ang buong order cycle.** Mula sa unang tawag hanggang sa huling statement, alamin ang nangyayari bago
   at pagkatapos ng bahagi mo.

> Sinusukat ang kalidad sa kung gaano natin natutugunan ang pangangailangan ng customer, hindi sa mga internal na
> sukatan.

Basahin ang [service promise](https://nordvik.example/service-promise) para sa buong teksto.`,
          },
        ],
      },
      {
        title: "Mga sitwasyong haharapin mo",
        items: [
          {
            title: "Isang tawag na kalahating oras na hindi nasagot",
            context:
              "Sa wakas ay nakausap ka ng isang customer matapos maghintay nang 30 minuto sa phone queue. Na-block ang card niya kaninang umaga.",
            customerSays:
              "Kalahating oras na akong naghihintay! Ayaw gumana ng card ko at nasa counter ako ngayon.",
            responses: {
              a: {
                text: "Humingi ng paumanhin sa paghihintay, saka i-unblock ang card habang nasa linya pa siya.",
                feedback:
                  "Tama: kilalanin ang paghihintay, saka unahing lutasin ang apurahang problema. Aalis ang customer na gumagana na ang card.",
              },
              b: {
                text: "Ipaliwanag na mahaba ang pila dahil maraming kasamahan ang naka-leave.",
                feedback:
                  "Hindi solusyon ang paliwanag: hindi pa rin makabayad ang customer. Unahing lutasin ang problema.",
              },
              c: {
                text: "Sabihan siyang sagutan ang card form sa app; mas mabilis iyon.",
                feedback:
                  "Lalong lumalala kapag ipinapasa pa sa iba ang customer na 30 minuto nang naghintay. Kaya mo nang magpasya para sa kanya ngayon.",
              },
            },
          },
          {
            title: "Isang courier na hindi nagpasabi",
            context:
              "Ipinadala sa pamamagitan ng courier ang bagong card ng isang customer. Dumating ang courier habang nasa trabaho ang customer, nang hindi muna tumatawag, at ibinalik ang card.",
            customerSays:
              "Walang nagsabi sa akin na darating ang courier. Ngayon wala akong card para sa biyahe ko bukas.",
            responses: {
              a: {
                text: "Sabihing ibang kumpanya ang courier at ibigay ang numero ng telepono nito.",
                feedback:
                  "Ang Nordvik ang pinili ng customer, hindi ang courier. Kapag ipinasa mo ang problema, napuputol ang ugnayang ikaw mismo.",
              },
              b: {
                text: "Mag-order ng emergency card sa branch na malapit sa kanya para bukas ng umaga, at i-report ang problema sa courier sa Customer voice.",
                feedback:
                  "Pinakamainam: nalulutas mo ang problema ngayon at tinitiyak mong malalaman ng mga nagpapasya ang tungkol sa courier, para hindi na ito maulit.",
              },
              c: {
                text: "Humingi ng paumanhin at ipadala ulit ang card sa courier.",
                feedback:
                  "Magalang, pero hindi aabot sa oras ang card at walang makaaalam sa problema sa courier.",
              },
            },
          },
          {
            title: "Isang fee na walang bumanggit",
            context:
              "May nakitang fee ang isang customer sa statement niya para sa international transfer. Walang nagsabi sa kanya tungkol dito noong ise-set up ang transfer.",
            customerSays: "Bakit ninyo ako siningil ng 150 kronor? Walang nagsabing may fee.",
            responses: {
              a: {
                text: "Ipakita sa kanya ang listahan ng presyo sa website.",
                feedback:
                  "Maaaring tama ang fee, pero hindi ito sinabi sa customer. Parang sinisisi mo siya kapag itinuro mo ang listahan ng presyo.",
              },
              b: {
                text: "Ipaliwanag nang diretso ang fee, ibalik ito ngayong isang beses dahil hindi ito nabanggit, at i-report ang pagkukulang para banggitin ito ng mga advisor.",
                feedback:
                  "Pinakamainam: tapat, napagpasyahan agad, at inaayos ng puna ang sanhi para sa lahat ng customer.",
              },
              c: {
                text: "Ibalik ang fee nang walang paliwanag.",
                feedback:
                  "Masaya ang customer ngayon, pero walang makaaalam kung bakit ito nangyari at mauulit ito.",
              },
            },
          },
        ],
      },
      {
        title: "Subukin ang iyong pag-unawa",
        items: [
          {
            title: "Pagsusulit sa mga batayan ng pagiging nakatuon sa customer",
            questions: {
              q1: {
                prompt: "Bakit nakaayos ang Nordvik sa mga departamento ayon sa uri ng customer?",
                explanation:
                  "Kilala ng bawat departamento ang grupo ng customer nito, kaya mas mabilis itong sumagot at naiaangkop nito ang mga produkto sa grupong iyon.",
                choices: {
                  a: "Para alam ng bawat departamento ang pangangailangan ng mga customer nito at mas mabilis itong makasagot",
                  b: "Para mapadali ang internal na pag-uulat",
                  c: "Dahil iisang produkto ang binibili ng lahat ng customer",
                },
              },
              q2: {
                prompt:
                  "Alin sa mga ito ang bahagi ng ating pinagsasaluhang pagpapahalaga sa customer? Piliin ang lahat ng tama.",
                explanation:
                  "Ang pag-alam sa layunin ng customer, ang pagpapasya para sa customer at ang pagpaparating ng puna nang buo ay pinagsasaluhang pagpapahalaga; hindi sa mga internal na sukatan natin sinusukat ang kalidad.",
                choices: {
                  a: "Alamin ang layunin ng customer",
                  b: "Iparating nang buo ang puna ng customer",
                  c: "Sukatin muna ang kalidad sa mga internal na sukatan",
                  d: "Magpasya para sa customer sa loob ng saklaw ng iyong tungkulin",
                },
              },
              q3: {
                prompt:
                  "Dapat mong palambutin ang reklamo ng customer bago ito iparating, para hindi magalit ang mga nagpapasya.",
                explanation: "Mali: umaabot sa mga nagpapasya ang puna gaya ng pagkakasabi ng customer.",
              },
              q4: {
                prompt:
                  "Dapat i-report sa iyong pinuno ng departamento ang customer na tila hindi kabilang sa anumang grupo ng customer.",
                explanation:
                  "Tama: ang grupong walang naglilingkod ang pinakamalaking panganib ng pag-aayos ayon sa customer; natatakpan ang puwang kapag ini-report ito.",
              },
              q5: {
                prompt:
                  "Ayusin sa tamang pagkakasunod ang mga hakbang para sa customer na masyadong matagal naghintay.",
                explanation:
                  "Kilalanin ang paghihintay, lutasin ang apurahang problema, saka i-report ang sanhi.",
                choices: {
                  a: "Kilalanin ang paghihintay at humingi ng paumanhin",
                  b: "Lutasin ang apurahang problema",
                  c: "I-report ang sanhi sa Customer voice",
                },
              },
              q6: {
                prompt:
                  "Ibinalik ng courier ang card ng customer nang walang pasabi. Ano ang una mong gagawin?",
                explanation:
                  "Lutasin ang problema ng customer (emergency card na aabot sa oras), saka i-report ang problema sa courier.",
                choices: {
                  a: "Ibigay sa customer ang numero ng telepono ng courier",
                  b: "Mag-ayos ng emergency card na aabot sa oras ng pangangailangan niya",
                  c: "Mag-order ulit ng card sa karaniwang paraan",
                },
              },
            },
          },
        ],
      },
    ],
  },
  private: {
    title: "Paglilingkod sa mga indibidwal",
    summary:
      "Pang-araw-araw na banking, housing loan at ipon para sa mga sambahayan: ipaliwanag ang mga gastos nang walang jargon at tuparin ang bawat pangako.",
    modules: [
      {
        title: "Kilalanin ang iyong mga customer",
        items: [
          {
            title: "Sino ang ating mga indibidwal na customer",
            body: `# Sino ang ating mga indibidwal na customer

Ang mga indibidwal na 30 hanggang 64 taong gulang ang pinakamalaking grupong pinaglilingkuran natin. Karamihan sa
kanila ay nagba-banking **sa app at sa telepono**, at nakikipagkita sa advisor ilang beses lang sa buhay nila:
isang housing loan, isang savings plan, isang pagbabago sa pamilya.

| Pangangailangan | Paano sila pumipili | Ang ginagawa natin |
|---|---|---|
| Pang-araw-araw na banking | Kaginhawahan, walang sorpresa | Malinaw na fees, gumaganang card, mabilis na pag-unblock |
| Housing loan | Kabuuang gastos, tiwala sa advisor | Ipaliwanag ang bawat gastos bago pumirma |
| Ipon | Pagiging simple, panganib na nauunawaan nila | Iisang rekomendasyon, sa simpleng salita |

## Simpleng salita

Sabihing *"1.9% ang interes mo, mga 1,600 kronor kada buwan"*, hindi *"1.9% ang nominal rate na may buwanang
amortisasyon"*. Kung kailangan pang itanong ng customer ang kahulugan ng isang salita, mali ang salitang ginamit.`,
          },
          {
            title: "Tuparin ang bawat pangako",
            body: `# Tuparin ang bawat pangako

Maliit na kontrata ang pangakong tatawag ulit. Ang naaalala ng mga customer ay ang pangakong hindi natupad.

- Isulat ang pangako sa record ng customer **bago** ka magbaba ng telepono: ano, at hanggang kailan.
- Kung hindi mo ito matutupad, tumawag bago ang deadline at sabihin kung kailan mo magagawa.
- Tapusin ang usapan: kumpirmahin ang resulta, kahit "hindi" ang sagot.

**Tip:** ang desisyon sa housing loan na na-late nang isang araw ay parang "hindi" na sa customer. Tumawag nang maaga.`,
          },
        ],
      },
      {
        title: "Mga sitwasyon",
        items: [
          {
            title: "Ang gastos sa housing loan na ikinagulat",
            context:
              "Pumirma ng housing loan noong isang buwan ang isang first-time buyer. May arrangement fee sa una niyang statement na hindi niya inaasahan.",
            customerSays:
              "Akala ko naintindihan ko na ang mga gastos. Ngayon may fee na hindi ko pa narinig kahit kailan.",
            responses: {
              a: {
                text: "Suriin ninyong dalawa ang pinirmahang alok, ipakita kung saan nakasulat ang fee, at itala na dapat itong tahasang banggitin ng ating mga advisor.",
                feedback:
                  "Pinakamainam: bukas sa customer, at dahil sa puna ay babanggitin ng mga advisor ang fee bago pumirma.",
              },
              b: {
                text: "Sabihing nakasulat iyon sa kontratang pinirmahan niya.",
                feedback: "Totoo pero malamig: aalis ang customer na pakiramdam niya ay naloko siya.",
              },
            },
          },
          {
            title: "Isang ipinangakong tawag na hindi dumating",
            context:
              "Nangako ang isang kasamahan na tatawagan ulit ang customer noong Biyernes tungkol sa isang savings plan. Martes na at walang tumawag.",
            customerSays: "Sinabihan ako na may tatawag sa akin noong Biyernes. Buong araw akong naghintay.",
            responses: {
              a: {
                text: "Sabihing abala ang kasamahan mo at tatawag siya agad.",
                feedback: "Isa na namang malabong pangako na ipinatong sa isang pangakong hindi natupad.",
              },
              b: {
                text: "Humingi ng paumanhin, sagutin ngayon ang tanong tungkol sa savings plan, at mag-book ng follow-up sa record.",
                feedback: "Pinakamainam: inaako mo ang pangako para sa bangko at tinatapos mo ito ngayon.",
              },
              c: {
                text: "Mag-book ng meeting sa branch sa susunod na linggo.",
                feedback:
                  "Naghintay na ang customer; mas mabagal ang meeting sa isang linggo kaysa sumagot ngayon.",
              },
            },
          },
          {
            title: "Ang na-block na card sa ibang bansa",
            context:
              "Tumawag ang isang customer na nagbabakasyon sa Greece: na-block ang card niya matapos magbayad sa isang tindahan.",
            customerSays:
              "Biglang ayaw nang gumana ng card ko at wala akong ibang paraan para magbayad dito.",
            responses: {
              a: {
                text: "I-verify siya, kumpirmahing kanya ang bayad, i-unblock ang card at sabihin kung paano ito maiiwasan sa susunod.",
                feedback: "Pinakamainam: mabilis, ligtas, at may natutuhang kapaki-pakinabang ang customer.",
              },
              b: {
                text: "Padalhan siya ng bagong card sa address niya sa bahay.",
                feedback: "Nasa ibang bansa ang customer: walang maitutulong ang card na nasa bahay.",
              },
            },
          },
        ],
      },
      {
        title: "Subukin ang iyong pag-unawa",
        items: [
          {
            title: "Pagsusulit sa mga indibidwal na customer",
            questions: {
              p1: {
                prompt: "Paano mas gustong mag-banking ng karamihan sa mga indibidwal na customer?",
                explanation:
                  "Ginagamit ng karamihan ang app at ang telepono; nakikita sila ng mga advisor sa mahahalagang yugto ng buhay.",
                choices: { a: "Sa app at sa telepono", b: "Sa branch lang", c: "Sa sulat" },
              },
              p2: {
                prompt: "Alin ang nagpapaasa sa pangakong tatawag ulit? Piliin ang lahat ng tama.",
                explanation:
                  "Itala ito, tumawag bago ang deadline kung maaantala, at kumpirmahin ang resulta.",
                choices: {
                  a: "Isulat ito sa record ng customer bago magbaba ng telepono",
                  b: "Tumawag bago ang deadline kung hindi mo ito matutupad",
                  c: "Hintaying tumawag ulit ang customer",
                },
              },
              p3: {
                prompt:
                  "Kung kailangan pang itanong ng customer ang kahulugan ng isang salita, mali ang salitang ginamit.",
                explanation: "Tama: ipaliwanag ang mga gastos sa simpleng salita.",
              },
              p4: {
                prompt:
                  "Hindi na kailangang banggitin kailanman ang fee na nakasulat sa pinirmahang kontrata.",
                explanation: "Mali: ituro ang bawat gastos bago pumirma.",
              },
              p5: {
                prompt: "Ayusin ang mga hakbang para sa na-block na card sa ibang bansa.",
                explanation: "I-verify ang tumatawag, kumpirmahin ang bayad, saka i-unblock.",
                choices: {
                  a: "I-verify ang customer",
                  b: "Kumpirmahing kanya ang bayad",
                  c: "I-unblock ang card",
                },
              },
              p6: {
                prompt: "Hindi dumating ang ipinangakong tawag. Ano ang pinakamainam na tugon?",
                explanation: "Akuin ito para sa bangko at sumagot ngayon.",
                choices: {
                  a: "Humingi ng paumanhin at sagutin ngayon ang tanong",
                  b: "Mangako ng panibagong tawag",
                },
              },
            },
          },
        ],
      },
    ],
  },
  small: {
    title: "Paglilingkod sa maliliit na negosyo",
    summary:
      "Mga sole proprietor at kumpanyang may hanggang 50 empleyado: unawain ang negosyo bago mag-alok ng produkto, at maging kanilang tiyak na contact person.",
    modules: [
      {
        title: "Kilalanin ang iyong mga customer",
        items: [
          {
            title: "Ang kailangan ng maliit na negosyo sa bangko nito",
            body: `# Ang kailangan ng maliit na negosyo sa bangko nito

Walang finance department ang may-ari ng maliit na negosyo: **ikaw** ay bahagi ng kanila. Mas pinahahalagahan nila
ang isang tiyak na contact person na kilala ang negosyo nila kaysa sa anumang produkto.

| Yugto ng negosyo | Karaniwang hiling | Magandang unang tanong |
|---|---|---|
| Pagsisimula | Business account, card terminal | "Paano ka babayaran ng mga customer mo?" |
| Paglago | Panandaliang credit | "Saan gagamitin ang pera, at kailan ito babalik?" |
| Matumal na season | Overdraft | "Aling mga buwan ang mahirap, at ano ang nangyari noong nakaraang taon?" |

Magtanong tungkol sa negosyo **bago** ka mag-alok ng produkto.`,
          },
          {
            title: "Ang pagiging tiyak na contact person",
            body: `# Ang pagiging tiyak na contact person

- Ibigay sa customer ang direct number mo at ang pangalan ng papalit sa iyo kapag wala ka.
- Kapag kailangan ng espesyalista (credit, payments), **ipakilala** siya; huwag ipasa ang customer.
- Humihinto ang negosyo kapag sira ang card terminal: ituring itong emergency.`,
          },
        ],
      },
      {
        title: "Mga sitwasyon",
        items: [
          {
            title: "Ang card terminal na huminto nang Sabado",
            context:
              "Tumawag ang may-ari ng isang café isang Sabado ng umaga: connection error ang lumalabas sa card terminal at humahaba ang pila.",
            customerSays: "Hindi ako makatanggap ng bayad. Bawat minuto, nawawalan ako ng customer.",
            responses: {
              a: {
                text: "Gabayan siya sa pag-reset ng terminal at ilipat ito sa mobile data habang nasa linya ka.",
                feedback:
                  "Pinakamainam: nalutas nang remote, sa loob ng ilang minuto, nang walang site visit.",
              },
              b: {
                text: "Mag-book ng technician para sa Lunes.",
                feedback: "Mawawalan ang café ng buong weekend ng bentang card.",
              },
            },
          },
          {
            title: "Isang credit request na walang konteksto",
            context:
              "Isang karpintero na may limang empleyado ang humiling sa email ng 400,000 kronor na credit, nang walang paliwanag.",
            customerSays: "Kailangan ko ang pera bago matapos ang buwan. Kaya ba ninyo?",
            responses: {
              a: {
                text: "Ipadala ang karaniwang credit application form.",
                feedback:
                  "Kapag form lang at walang usapan, hindi lumalabas ang tunay na kailangan ng negosyo.",
              },
              b: {
                text: "Tumawag at itanong kung saan gagamitin ang pera at kailan ito babalik, saka ialok ang tamang produkto.",
                feedback:
                  "Pinakamainam: unawain muna ang negosyo; baka panandaliang pangangailangan ito na mas mainam na sakop ng overdraft.",
              },
              c: {
                text: "Sabihing anim na linggo bago lumabas ang desisyon sa credit.",
                feedback:
                  "Nakapanghihina ng loob, at malamang mali para sa maliit at malinaw na ipinaliwanag na pangangailangan.",
              },
            },
          },
          {
            title: "Ang customer na ipinagpasa-pasa",
            context:
              "Tatlong beses nang naipasa ang may-ari ng isang tindahan sa pagitan ng payments at credit tungkol sa iisang tanong.",
            customerSays: "Tatlong beses ko nang ipinaliwanag ito. Sino ba talaga ang may hawak nito?",
            responses: {
              a: {
                text: "Akuin ito: sabihing ikaw ang contact person niya, isama ang espesyalista sa iisang tawag, at i-report ang paulit-ulit na pagpapasa.",
                feedback:
                  "Pinakamainam: iisang contact, iisang sagot, at naaayos ang paulit-ulit na pagpapasa.",
              },
              b: {
                text: "Ipasa siya sa tamang espesyalista nang may kasamang tala.",
                feedback: "Ikaapat na pagpapasa pa rin ito, gaano man kabuti ang intensyon.",
              },
            },
          },
        ],
      },
      {
        title: "Subukin ang iyong pag-unawa",
        items: [
          {
            title: "Pagsusulit sa maliliit na negosyo",
            questions: {
              s1: {
                prompt: "Ano ang pinakapinahahalagahan ng mga customer na maliit na negosyo?",
                explanation: "Isang tiyak na contact person na kilala ang negosyo nila.",
                choices: {
                  a: "Isang tiyak na contact person na kilala ang negosyo nila",
                  b: "Ang pinakamahabang listahan ng produkto",
                  c: "Ang oras ng pagbubukas ng branch",
                },
              },
              s2: {
                prompt:
                  "Alin ang magagandang unang tanong sa isang credit request? Piliin ang lahat ng tama.",
                explanation: "Itanong kung saan gagamitin ang pera at kailan ito babalik.",
                choices: {
                  a: "Saan gagamitin ang pera?",
                  b: "Kailan ito babalik?",
                  c: "Aling form ang sinagutan mo?",
                },
              },
              s3: {
                prompt: "Puwedeng maghintay hanggang Lunes ng technician ang sirang card terminal.",
                explanation: "Mali: humihinto ang negosyo; lutasin ito nang remote ngayon din.",
              },
              s4: {
                prompt: "Ipinapakilala mo ang mga espesyalista sa customer sa halip na ipasa ang customer.",
                explanation: "Tama: iisang contact pa rin ang hawak ng customer.",
              },
              s5: {
                prompt: "Ayusin ang mga hakbang para sa isang credit request.",
                explanation: "Unawain ang pangangailangan, mag-alok, saka magpasya.",
                choices: {
                  a: "Magtanong tungkol sa negosyo at sa pangangailangan",
                  b: "Ialok ang tamang produkto",
                  c: "Ihanda ang desisyon sa credit",
                },
              },
              s6: {
                prompt: "Tatlong beses nang naipasa ang isang customer. Ano ang gagawin mo?",
                explanation: "Akuin ito at isama ang espesyalista sa iisang tawag.",
                choices: {
                  a: "Akuin ito at isama ang espesyalista sa iisang tawag",
                  b: "Ipasa nang may kasamang tala",
                },
              },
            },
          },
        ],
      },
    ],
  },
  public: {
    title: "Paglilingkod sa pampublikong sektor",
    summary:
      "Mga munisipyo, ahensya at pampublikong institusyon: mga tender, framework agreement, mahigpit na pagsunod sa regulasyon at mga deadline sa pag-uulat.",
    modules: [
      {
        title: "Kilalanin ang iyong mga customer",
        items: [
          {
            title: "Paano bumibili ang mga pampublikong customer",
            body: `# Paano bumibili ang mga pampublikong customer

Bumibili ang mga pampublikong customer sa pamamagitan ng **tender** at **framework agreement**. Kailangan nilang
maipakita na sumunod sa patakaran ang bawat desisyon, kaya pinahahalagahan nila ang bangkong nagpapadali sa
pagsunod sa regulasyon.

| Yugto | Ang kailangan nila sa atin | Ang patakaran natin |
|---|---|---|
| Tender | Kumpletong sagot sa bawat mandatoryong rekisito | Ilista ang mga rekisito bago sumulat |
| Kasunduan | Eksaktong ipinangako | Walang dagdag na produkto, walang sorpresa |
| Pag-uulat | Mga report sa napagkasunduang petsa | Hindi kailanman lumalampas sa deadline |

Sagutin ang tanong tungkol sa pagsunod sa regulasyon **nang may reperensiya** (ang batas, ang probisyon), hindi
nang may opinyon.`,
          },
          {
            title: "Mga deadline at reperensiya",
            body: `# Mga deadline at reperensiya

1. Magtago ng kalendaryo ng bawat petsa ng pag-uulat sa kasunduan.
2. Ipadala ang mga report **bago** ang petsa; ang late na report ay nagiging audit finding laban sa customer.
3. Kapag may binanggit kang patakaran, ibigay ang reperensiya nito para maitala ito ng customer.`,
          },
        ],
      },
      {
        title: "Mga sitwasyon",
        items: [
          {
            title: "Ang quarterly report na male-late",
            context:
              "Bukas ang deadline ng quarterly payment report ng isang munisipyo. Dahil sa isang system change, sa loob pa ng tatlong araw magiging handa ang datos.",
            customerSays: "Kailangan namin ang report bukas para sa audit committee namin.",
            responses: {
              a: {
                text: "Tumawag ngayon, ipaliwanag ang pagkaantala, ipadala bukas ang handa na at ang kumpletong report sa loob ng tatlong araw, at itala ang sanhi.",
                feedback:
                  "Pinakamainam: walang sorpresa, naipaaalam ng customer sa committee nila, at nai-report ang sanhi.",
              },
              b: {
                text: "Ipadala ito sa loob ng tatlong araw nang walang pasabi.",
                feedback: "Ang tahimik na pagkaantala ay nagiging audit finding ng customer.",
              },
            },
          },
          {
            title: "Isang tanong tungkol sa pagsunod sa regulasyon sa telepono",
            context:
              "Nagtanong ang finance officer ng isang ahensya kung puwede silang maglagay ng pondo sa savings account ayon sa kanilang framework agreement.",
            customerSays: "Pinapayagan ba ito ng kasunduan namin? Kailangan ko ito nang nakasulat.",
            responses: {
              a: {
                text: "Sabihing sa tingin mo ay ayos lang.",
                feedback: "Hindi maitatala ang opinyon; kailangan ng officer ang reperensiya.",
              },
              b: {
                text: "Tingnan ang kasunduan, sumagot nang nakasulat kasama ang numero ng probisyon, at i-copy ang may hawak ng kanilang kontrata.",
                feedback: "Pinakamainam: nakasulat na sagot na may reperensiyang maitatala nila.",
              },
              c: {
                text: "Sabihan silang magtanong sa abogado nila.",
                feedback: "Atin din ang kasunduan: kaya nating sagutin ito.",
              },
            },
          },
          {
            title: "Isang fee na wala sa framework agreement",
            context:
              "Siningil ang isang school district ng currency fee na hindi nakalista sa framework agreement.",
            customerSays: "Wala sa kasunduan namin ang fee na ito.",
            responses: {
              a: {
                text: "Ibalik ang fee, kumpirmahin nang nakasulat na ang napagkasunduang fees lang ang sinisingil, at i-report ang mali sa billing.",
                feedback: "Pinakamainam: ang kasunduan ang patakaran; ayusin din ang sanhi.",
              },
              b: {
                text: "Ipaliwanag na sinisingil ang fee sa lahat ng customer.",
                feedback: "Hindi sa ilalim ng kasunduan nila: ang napagkasunduang fees lang ang sinisingil.",
              },
            },
          },
        ],
      },
      {
        title: "Subukin ang iyong pag-unawa",
        items: [
          {
            title: "Pagsusulit sa pampublikong sektor",
            questions: {
              g1: {
                prompt: "Paano karaniwang bumibili ng serbisyo ng bangko ang mga pampublikong customer?",
                explanation: "Sa pamamagitan ng tender at framework agreement.",
                choices: {
                  a: "Sa pamamagitan ng tender at framework agreement",
                  b: "Sa pagpunta sa isang branch",
                  c: "Sa mobile app",
                },
              },
              g2: {
                prompt:
                  "Alin ang bumubuo sa mahusay na sagot sa tanong tungkol sa pagsunod sa regulasyon? Piliin ang lahat ng tama.",
                explanation: "Nakasulat, may reperensiya, at naipaalam sa may hawak ng kontrata.",
                choices: {
                  a: "Nakasulat ito",
                  b: "May reperensiya ito sa probisyon o sa batas",
                  c: "Personal mong opinyon ito",
                },
              },
              g3: {
                prompt: "Walang masama sa report na na-late nang isang araw kung tama ang datos.",
                explanation: "Mali: ang late na report ay nagiging audit finding laban sa customer.",
              },
              g4: {
                prompt: "Ang mga fee lang na nakalista sa framework agreement ang sinisingil sa customer.",
                explanation: "Tama: ang kasunduan ang patakaran.",
              },
              g5: {
                prompt: "Ayusin ang mga yugto ng ugnayan sa isang customer sa pampublikong sektor.",
                explanation: "Tender, saka kasunduan, saka pag-uulat.",
                choices: { a: "Tender", b: "Framework agreement", c: "Pag-uulat" },
              },
              g6: {
                prompt: "Male-late ang isang report. Ano ang gagawin mo?",
                explanation: "Pasabihan nang maaga ang customer at ipadala ang handa na.",
                choices: {
                  a: "Pasabihan ang customer ngayon at ipadala ang handa na",
                  b: "Ipadala ito nang late nang walang pasabi",
                },
              },
            },
          },
        ],
      },
    ],
  },
};
