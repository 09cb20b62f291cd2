/**
 * The demo bank's onboarding courses, as plain data in the course editor's content shape (courseContentInput,
 * with the outcome's segment named by its demo key instead of an id). Written for Nordvik Bank, organized by
 * customer type: shared customer-centric values for everyone, then one course per major segment.
 * `demo-courses.test.ts` parses every course with the shared validators, so a typo here fails CI.
 */

type Option = { id: string; text: string };
type Question =
  | {
      kind: "single";
      id: string;
      prompt: string;
      explanation: string;
      options: Option[];
      correctOptionId: string;
    }
  | {
      kind: "multiple";
      id: string;
      prompt: string;
      explanation: string;
      options: Option[];
      correctOptionIds: string[];
    }
  | { kind: "trueFalse"; id: string; prompt: string; explanation: string; correct: boolean }
  | { kind: "ordering"; id: string; prompt: string; explanation: string; items: Option[] };

export type DemoItem =
  | { kind: "LESSON"; title: string; durationMinutes: number; body: string }
  | {
      kind: "SCENARIO";
      title: string;
      durationMinutes: number;
      content: {
        context: string;
        customerSays: string;
        responses: { id: string; text: string; feedback: string; best: boolean }[];
      };
    }
  | {
      kind: "QUIZ";
      title: string;
      durationMinutes: number;
      content: {
        passMark: number;
        maxAttempts: number;
        timeLimitSeconds: number | null;
        drawCount: number | null;
        questions: Question[];
      };
    };

export type DemoCourse = {
  key: "basics" | "private" | "small" | "public";
  title: string;
  summary: string;
  /** Segment keys (demo-data.ts) the course is tagged with. */
  segments: string[];
  outcome: { segment: string; level: number } | null;
  modules: { title: string; items: DemoItem[] }[];
};

const basics: DemoCourse = {
  key: "basics",
  title: "Customer-centric basics",
  summary:
    "What every Nordvik employee shares: the customer's needs come first, you are the link between the customer and the bank, and what you hear reaches the people who decide.",
  segments: [],
  outcome: null,
  modules: [
    {
      title: "Why we are organized by customer",
      items: [
        {
          kind: "LESSON",
          title: "One bank, many customer groups",
          durationMinutes: 8,
          body: `# One bank, many customer groups

Nordvik Bank is organized **by customer type**. Each department serves one customer group and knows it well:
its needs, how it chooses, and what it expects from us.

| Department | Serves | What they expect first |
|---|---|---|
| Private Banking Service | Private individuals | Clear answers about everyday banking and mortgages |
| Young Customers Team | Young adults | A fast, mobile-first experience |
| Small Business Desk | Small businesses | A named contact who understands their business |
| Corporate Banking | Large enterprises | Specialists who work as one team |
| Public Sector Unit | Public sector | Compliance, references and deadlines kept |
| Premium Banking | Premium customers | A personal banker and same-day answers |

## Why it matters

- Customers stay longer when they feel **understood**, not processed.
- We answer **faster**, because each department already knows its customers' usual questions.
- Products are **adapted** to each group instead of one size for all.

## The risk we guard against

A customer group that is not clearly defined can be served the wrong way or, worst of all, **by nobody**.
If you meet a customer who does not seem to belong anywhere, tell your head: that is how gaps get closed.`,
        },
        {
          kind: "LESSON",
          title: "You are the link to the customer",
          durationMinutes: 7,
          body: `# You are the link to the customer

Shared values are not drilled in overnight. They grow when colleagues see each other put the customer first,
and when good service stories are told and retold.

## What we expect from everyone

1. **Know the customer's goal.** Business goals are reached only through awareness of what customers need.
2. **Decide for the customer.** Front-line staff are empowered to solve a problem on the spot, within the
   limits of their role. Do not send the customer in circles.
3. **Pass feedback on, undiluted.** Complaints, suggestions and disagreements reach decision makers as the
   customer said them. Use the *Customer voice* form; do not soften the message.
4. **Understand the whole order cycle.** From the first call to the last statement, know what happens before
   and after your part.

> Quality is measured on how well we serve customer needs, not on internal metrics.

See the [service promise](https://nordvik.example/service-promise) for the full text.`,
        },
      ],
    },
    {
      title: "Situations you will meet",
      items: [
        {
          kind: "SCENARIO",
          title: "A call unanswered for half an hour",
          durationMinutes: 4,
          content: {
            context:
              "A customer finally gets through to you after waiting 30 minutes in the phone queue. Their card was blocked this morning.",
            customerSays:
              "I have been waiting for half an hour! My card does not work and I am standing at the checkout.",
            responses: [
              {
                id: "a",
                text: "Apologize for the wait, then unblock the card while they stay on the line.",
                feedback:
                  "Right: acknowledge the wait, then solve the urgent problem first. The customer leaves with a working card.",
                best: true,
              },
              {
                id: "b",
                text: "Explain that the queue is long because many colleagues are on holiday.",
                feedback:
                  "An explanation is not a solution: the customer still cannot pay. Solve the problem first.",
                best: false,
              },
              {
                id: "c",
                text: "Ask them to fill in the card form in the app; it is faster.",
                feedback:
                  "Sending a customer who already waited 30 minutes elsewhere makes it worse. You can decide for them now.",
                best: false,
              },
            ],
          },
        },
        {
          kind: "SCENARIO",
          title: "A courier who does not warn",
          durationMinutes: 4,
          content: {
            context:
              "A customer's new card was sent by courier. The courier came while the customer was at work, without calling first, and took the card back.",
            customerSays: "Nobody told me the courier was coming. Now I have no card for my trip tomorrow.",
            responses: [
              {
                id: "a",
                text: "Tell them couriers are a separate company and give them its phone number.",
                feedback:
                  "The customer chose Nordvik, not the courier. Passing the problem on breaks the link you are.",
                best: false,
              },
              {
                id: "b",
                text: "Order an emergency card to a branch near them for tomorrow morning, and report the courier problem through Customer voice.",
                feedback:
                  "Best: you solve today's problem and make sure decision makers hear about the courier, so it does not happen again.",
                best: true,
              },
              {
                id: "c",
                text: "Apologize and reorder the card by courier.",
                feedback:
                  "Polite, but the card will not arrive in time and nobody learns about the courier problem.",
                best: false,
              },
            ],
          },
        },
        {
          kind: "SCENARIO",
          title: "A fee nobody mentioned",
          durationMinutes: 4,
          content: {
            context:
              "A customer sees a fee on their statement for an international transfer. Nobody told them about it when the transfer was set up.",
            customerSays: "Why did you charge me 150 kronor? Nobody said there was a fee.",
            responses: [
              {
                id: "a",
                text: "Show them the price list on the website.",
                feedback:
                  "The fee may be correct, but the customer was not told. Pointing at the price list feels like blame.",
                best: false,
              },
              {
                id: "b",
                text: "Explain the fee plainly, refund it this once because it was not mentioned, and report the gap so advisors mention it.",
                feedback:
                  "Best: honest, decided on the spot, and the feedback fixes the cause for every customer.",
                best: true,
              },
              {
                id: "c",
                text: "Refund it without comment.",
                feedback:
                  "The customer is happy today, but nobody learns why it happened and it will happen again.",
                best: false,
              },
            ],
          },
        },
      ],
    },
    {
      title: "Check your understanding",
      items: [
        {
          kind: "QUIZ",
          title: "Customer-centric basics quiz",
          durationMinutes: 10,
          content: {
            passMark: 75,
            maxAttempts: 3,
            timeLimitSeconds: 600,
            drawCount: null,
            questions: [
              {
                kind: "single",
                id: "q1",
                prompt: "Why is Nordvik organized into departments by customer type?",
                explanation:
                  "Each department knows its customer group, so it answers faster and adapts products to that group.",
                options: [
                  { id: "a", text: "So each department knows its customers' needs and answers faster" },
                  { id: "b", text: "To make internal reporting simpler" },
                  { id: "c", text: "Because every customer buys the same products" },
                ],
                correctOptionId: "a",
              },
              {
                kind: "multiple",
                id: "q2",
                prompt: "Which of these belong to our shared customer-centric values? Choose all that apply.",
                explanation:
                  "Knowing the customer's goal, deciding for the customer and passing feedback on undiluted are all shared values; internal metrics are not how we measure quality.",
                options: [
                  { id: "a", text: "Know the customer's goal" },
                  { id: "b", text: "Pass customer feedback on undiluted" },
                  { id: "c", text: "Measure quality on internal metrics first" },
                  { id: "d", text: "Decide for the customer within your role" },
                ],
                correctOptionIds: ["a", "b", "d"],
              },
              {
                kind: "trueFalse",
                id: "q3",
                prompt:
                  "You should soften a customer's complaint before passing it on, so decision makers are not upset.",
                explanation: "False: feedback reaches decision makers as the customer said it.",
                correct: false,
              },
              {
                kind: "trueFalse",
                id: "q4",
                prompt:
                  "A customer who does not seem to belong to any customer group should be reported to your head.",
                explanation:
                  "True: an unserved group is the worst risk of organizing by customer; reporting it closes the gap.",
                correct: true,
              },
              {
                kind: "ordering",
                id: "q5",
                prompt: "Put the steps for a customer who waited too long in the right order.",
                explanation: "Acknowledge the wait, solve the urgent problem, then report what caused it.",
                items: [
                  { id: "a", text: "Acknowledge the wait and apologize" },
                  { id: "b", text: "Solve the urgent problem" },
                  { id: "c", text: "Report the cause through Customer voice" },
                ],
              },
              {
                kind: "single",
                id: "q6",
                prompt: "A courier took a customer's card back without warning. What do you do first?",
                explanation:
                  "Solve the customer's problem (an emergency card in time), then report the courier problem.",
                options: [
                  { id: "a", text: "Give the customer the courier's phone number" },
                  { id: "b", text: "Arrange an emergency card in time for their need" },
                  { id: "c", text: "Reorder the card the usual way" },
                ],
                correctOptionId: "b",
              },
            ],
          },
        },
      ],
    },
  ],
};

const privateCourse: DemoCourse = {
  key: "private",
  title: "Serving private individuals",
  summary:
    "Everyday banking, mortgages and savings for households: explain costs without jargon and follow up on every promise.",
  segments: ["private"],
  outcome: { segment: "private", level: 2 },
  modules: [
    {
      title: "Know your customers",
      items: [
        {
          kind: "LESSON",
          title: "Who our private customers are",
          durationMinutes: 8,
          body: `# Who our private customers are

Private individuals aged 30 to 64 are the largest group we serve. Most of them bank **in the app and by
phone**, and meet an advisor a few times in their life: a mortgage, a savings plan, a change in the family.

| Need | How they choose | What we do |
|---|---|---|
| Everyday banking | Convenience, no surprises | Clear fees, working cards, fast unblocking |
| Mortgage | Total cost, trust in the advisor | Explain every cost before signing |
| Savings | Simplicity, risk they understand | One recommendation, in plain words |

## Plain words

Say *"you pay 1.9 % interest, about 1,600 kronor a month"*, not *"the nominal rate is 1.9 % with monthly
amortization"*. If the customer has to ask what a word means, the word was wrong.`,
        },
        {
          kind: "LESSON",
          title: "Follow up on every promise",
          durationMinutes: 6,
          body: `# Follow up on every promise

A promise to call back is a small contract. Customers remember the one that was broken.

- Write the promise in the customer's record **before** you hang up: what, by when.
- If you cannot keep it, call before the deadline and say when you will.
- Close the loop: confirm the outcome, even when it is a no.

**Tip:** a mortgage decision that is late by one day feels like a no to the customer. Call early.`,
        },
      ],
    },
    {
      title: "Situations",
      items: [
        {
          kind: "SCENARIO",
          title: "The mortgage cost that surprised",
          durationMinutes: 4,
          content: {
            context:
              "A first-time buyer signed a mortgage last month. Their first statement includes an arrangement fee they did not expect.",
            customerSays: "I thought I understood the costs. Now there is a fee I have never heard of.",
            responses: [
              {
                id: "a",
                text: "Walk through the signed offer with them, show where the fee was, and note that our advisors must point it out explicitly.",
                feedback:
                  "Best: transparent, and the feedback makes advisors mention the fee before signing.",
                best: true,
              },
              {
                id: "b",
                text: "Tell them it was in the contract they signed.",
                feedback: "True but cold: the customer leaves feeling tricked.",
                best: false,
              },
            ],
          },
        },
        {
          kind: "SCENARIO",
          title: "A promised call that never came",
          durationMinutes: 4,
          content: {
            context:
              "A colleague promised to call a customer back on Friday about a savings plan. It is Tuesday and nobody called.",
            customerSays: "I was told someone would call me on Friday. I waited all day.",
            responses: [
              {
                id: "a",
                text: "Say your colleague is busy and will call soon.",
                feedback: "Another vague promise on top of a broken one.",
                best: false,
              },
              {
                id: "b",
                text: "Apologize, answer the savings question now, and book a follow-up in the record.",
                feedback: "Best: you own the promise on behalf of the bank and close it now.",
                best: true,
              },
              {
                id: "c",
                text: "Book a branch meeting next week.",
                feedback: "The customer waited already; a meeting in a week is slower than answering now.",
                best: false,
              },
            ],
          },
        },
        {
          kind: "SCENARIO",
          title: "The blocked card abroad",
          durationMinutes: 4,
          content: {
            context:
              "A customer on holiday in Greece calls: their card was blocked after a payment in a shop.",
            customerSays: "My card stopped working and I have no other way to pay here.",
            responses: [
              {
                id: "a",
                text: "Verify them, confirm the payment was theirs, unblock the card and tell them how to avoid it next time.",
                feedback: "Best: fast, safe and the customer learns something useful.",
                best: true,
              },
              {
                id: "b",
                text: "Send them a new card to their home address.",
                feedback: "The customer is abroad: a card at home does not help.",
                best: false,
              },
            ],
          },
        },
      ],
    },
    {
      title: "Check your understanding",
      items: [
        {
          kind: "QUIZ",
          title: "Private individuals quiz",
          durationMinutes: 8,
          content: {
            passMark: 70,
            maxAttempts: 3,
            timeLimitSeconds: null,
            drawCount: null,
            questions: [
              {
                kind: "single",
                id: "p1",
                prompt: "How do most private customers prefer to bank?",
                explanation:
                  "Most private customers use the app and the phone; advisors see them at life events.",
                options: [
                  { id: "a", text: "In the app and by phone" },
                  { id: "b", text: "Only in the branch" },
                  { id: "c", text: "By letter" },
                ],
                correctOptionId: "a",
              },
              {
                kind: "multiple",
                id: "p2",
                prompt: "Which make a promise to call back reliable? Choose all that apply.",
                explanation: "Record it, call before the deadline if it slips, and confirm the outcome.",
                options: [
                  { id: "a", text: "Write it in the customer's record before hanging up" },
                  { id: "b", text: "Call before the deadline if you cannot keep it" },
                  { id: "c", text: "Wait for the customer to call again" },
                ],
                correctOptionIds: ["a", "b"],
              },
              {
                kind: "trueFalse",
                id: "p3",
                prompt: "If the customer has to ask what a word means, the word was wrong.",
                explanation: "True: explain costs in plain words.",
                correct: true,
              },
              {
                kind: "trueFalse",
                id: "p4",
                prompt: "A fee written in a signed contract never needs to be mentioned.",
                explanation: "False: point out every cost before signing.",
                correct: false,
              },
              {
                kind: "ordering",
                id: "p5",
                prompt: "Order the steps for a blocked card abroad.",
                explanation: "Verify the caller, confirm the payment, then unblock.",
                items: [
                  { id: "a", text: "Verify the customer" },
                  { id: "b", text: "Confirm the payment was theirs" },
                  { id: "c", text: "Unblock the card" },
                ],
              },
              {
                kind: "single",
                id: "p6",
                prompt: "A promised call never came. What is the best response?",
                explanation: "Own it for the bank and answer now.",
                options: [
                  { id: "a", text: "Apologize and answer the question now" },
                  { id: "b", text: "Promise another call" },
                ],
                correctOptionId: "a",
              },
            ],
          },
        },
      ],
    },
  ],
};

const smallCourse: DemoCourse = {
  key: "small",
  title: "Serving small businesses",
  summary:
    "Sole traders and companies up to 50 employees: understand the business before proposing products, and be their named contact.",
  segments: ["small"],
  outcome: { segment: "small", level: 2 },
  modules: [
    {
      title: "Know your customers",
      items: [
        {
          kind: "LESSON",
          title: "What a small business needs from its bank",
          durationMinutes: 8,
          body: `# What a small business needs from its bank

A small business owner has no finance department: **you** are part of theirs. They value a named contact who
knows their business more than any product.

| Business moment | Typical request | Good first question |
|---|---|---|
| Starting up | Business account, card terminal | "How will your customers pay you?" |
| Growing | Short-term credit | "What does the money need to do, and when does it come back?" |
| Seasonal dip | Overdraft | "Which months are hard, and what did last year look like?" |

Ask about the business **before** you propose a product.`,
        },
        {
          kind: "LESSON",
          title: "Being the named contact",
          durationMinutes: 6,
          body: `# Being the named contact

- Give the customer your direct number and the name of your stand-in.
- When a specialist is needed (credit, payments), **introduce** them; do not forward the customer.
- A failed card terminal stops the business: treat it like an emergency.`,
        },
      ],
    },
    {
      title: "Situations",
      items: [
        {
          kind: "SCENARIO",
          title: "The card terminal that stopped on a Saturday",
          durationMinutes: 4,
          content: {
            context:
              "A café owner calls on a Saturday morning: the card terminal shows a connection error and the queue is growing.",
            customerSays: "I cannot take payments. Every minute costs me customers.",
            responses: [
              {
                id: "a",
                text: "Guide them through the terminal's reset and switch it to mobile data while you stay on the line.",
                feedback: "Best: solved remotely, in minutes, without a site visit.",
                best: true,
              },
              {
                id: "b",
                text: "Book a technician for Monday.",
                feedback: "The café loses a whole weekend of card sales.",
                best: false,
              },
            ],
          },
        },
        {
          kind: "SCENARIO",
          title: "A credit request without context",
          durationMinutes: 4,
          content: {
            context:
              "A carpenter with five employees asks for 400,000 kronor of credit by email, with no explanation.",
            customerSays: "I need the money by the end of the month. Can you do it?",
            responses: [
              {
                id: "a",
                text: "Send the standard credit application form.",
                feedback: "Forms without a conversation miss what the business actually needs.",
                best: false,
              },
              {
                id: "b",
                text: "Call and ask what the money is for and when it comes back, then propose the right product.",
                feedback:
                  "Best: understand the business first; it may be a short-term need an overdraft covers better.",
                best: true,
              },
              {
                id: "c",
                text: "Say credit decisions take six weeks.",
                feedback: "Discouraging and probably wrong for a small, well-explained need.",
                best: false,
              },
            ],
          },
        },
        {
          kind: "SCENARIO",
          title: "The forwarded customer",
          durationMinutes: 4,
          content: {
            context:
              "A shop owner has been forwarded three times between payments and credit about one question.",
            customerSays: "I have explained this three times now. Who is actually responsible?",
            responses: [
              {
                id: "a",
                text: "Take ownership: say you are their contact, bring the specialist into one call, and report the forwarding loop.",
                feedback: "Best: one contact, one answer, and the loop gets fixed.",
                best: true,
              },
              {
                id: "b",
                text: "Forward them to the right specialist with a note.",
                feedback: "A fourth forward, however well meant.",
                best: false,
              },
            ],
          },
        },
      ],
    },
    {
      title: "Check your understanding",
      items: [
        {
          kind: "QUIZ",
          title: "Small businesses quiz",
          durationMinutes: 8,
          content: {
            passMark: 70,
            maxAttempts: 2,
            timeLimitSeconds: null,
            drawCount: null,
            questions: [
              {
                kind: "single",
                id: "s1",
                prompt: "What do small business customers value most?",
                explanation: "A named contact who knows their business.",
                options: [
                  { id: "a", text: "A named contact who knows their business" },
                  { id: "b", text: "The longest product list" },
                  { id: "c", text: "Branch opening hours" },
                ],
                correctOptionId: "a",
              },
              {
                kind: "multiple",
                id: "s2",
                prompt: "Which are good first questions for a credit request? Choose all that apply.",
                explanation: "Ask what the money is for and when it comes back.",
                options: [
                  { id: "a", text: "What does the money need to do?" },
                  { id: "b", text: "When does it come back?" },
                  { id: "c", text: "Which form did you fill in?" },
                ],
                correctOptionIds: ["a", "b"],
              },
              {
                kind: "trueFalse",
                id: "s3",
                prompt: "A failed card terminal can wait for a technician on Monday.",
                explanation: "False: it stops the business; solve it remotely now.",
                correct: false,
              },
              {
                kind: "trueFalse",
                id: "s4",
                prompt: "You introduce specialists to the customer instead of forwarding the customer.",
                explanation: "True: the customer keeps one contact.",
                correct: true,
              },
              {
                kind: "ordering",
                id: "s5",
                prompt: "Order the steps for a credit request.",
                explanation: "Understand the need, then propose, then decide.",
                items: [
                  { id: "a", text: "Ask about the business and the need" },
                  { id: "b", text: "Propose the right product" },
                  { id: "c", text: "Prepare the credit decision" },
                ],
              },
              {
                kind: "single",
                id: "s6",
                prompt: "A customer was forwarded three times. What do you do?",
                explanation: "Take ownership and bring the specialist into one call.",
                options: [
                  { id: "a", text: "Take ownership and bring the specialist into one call" },
                  { id: "b", text: "Forward with a note" },
                ],
                correctOptionId: "a",
              },
            ],
          },
        },
      ],
    },
  ],
};

const publicCourse: DemoCourse = {
  key: "public",
  title: "Serving the public sector",
  summary:
    "Municipalities, agencies and public institutions: tenders, framework agreements, strict compliance and reporting deadlines.",
  segments: ["public"],
  outcome: { segment: "public", level: 2 },
  modules: [
    {
      title: "Know your customers",
      items: [
        {
          kind: "LESSON",
          title: "How public customers buy",
          durationMinutes: 8,
          body: `# How public customers buy

Public customers buy through **tenders** and **framework agreements**. They must be able to show that every
decision followed the rules, so they value a bank that makes compliance easy.

| Stage | What they need from us | Our rule |
|---|---|---|
| Tender | A complete answer to every mandatory requirement | List the requirements before writing |
| Agreement | Exactly what was promised | No extra products, no surprises |
| Reporting | Reports on the agreed dates | Deadlines are never missed |

Answer a compliance question **with the reference** (the law, the clause), not with an opinion.`,
        },
        {
          kind: "LESSON",
          title: "Deadlines and references",
          durationMinutes: 6,
          body: `# Deadlines and references

1. Keep a calendar of every reporting date in the agreement.
2. Send reports **before** the date; a late report is a compliance finding for the customer.
3. When you quote a rule, give its reference so the customer can file it.`,
        },
      ],
    },
    {
      title: "Situations",
      items: [
        {
          kind: "SCENARIO",
          title: "The quarterly report that is late",
          durationMinutes: 4,
          content: {
            context:
              "A municipality's quarterly payment report is due tomorrow. A system change means the data will be ready only in three days.",
            customerSays: "We need the report tomorrow for our audit committee.",
            responses: [
              {
                id: "a",
                text: "Call today, explain the delay, send what is ready tomorrow and the complete report in three days, and record the cause.",
                feedback:
                  "Best: no surprise, the customer can inform their committee, and the cause is reported.",
                best: true,
              },
              {
                id: "b",
                text: "Send it in three days without warning.",
                feedback: "A silent delay becomes the customer's compliance finding.",
                best: false,
              },
            ],
          },
        },
        {
          kind: "SCENARIO",
          title: "A compliance question on the phone",
          durationMinutes: 4,
          content: {
            context:
              "An agency's finance officer asks whether they may keep funds in a savings account under their framework agreement.",
            customerSays: "Is this allowed under our agreement? I need it in writing.",
            responses: [
              {
                id: "a",
                text: "Say you think it is fine.",
                feedback: "An opinion cannot be filed; the officer needs the reference.",
                best: false,
              },
              {
                id: "b",
                text: "Check the agreement, answer in writing with the clause number, and copy their contract owner.",
                feedback: "Best: a written answer with the reference they can file.",
                best: true,
              },
              {
                id: "c",
                text: "Tell them to ask their lawyer.",
                feedback: "The agreement is ours too: we can answer it.",
                best: false,
              },
            ],
          },
        },
        {
          kind: "SCENARIO",
          title: "A fee outside the framework",
          durationMinutes: 4,
          content: {
            context:
              "A school district is charged a currency fee that the framework agreement does not list.",
            customerSays: "This fee is not in our agreement.",
            responses: [
              {
                id: "a",
                text: "Refund it, confirm in writing that only agreed fees apply, and report the billing error.",
                feedback: "Best: the agreement is the rule; fix the cause too.",
                best: true,
              },
              {
                id: "b",
                text: "Explain that the fee applies to all customers.",
                feedback: "Not under their agreement: only agreed fees apply.",
                best: false,
              },
            ],
          },
        },
      ],
    },
    {
      title: "Check your understanding",
      items: [
        {
          kind: "QUIZ",
          title: "Public sector quiz",
          durationMinutes: 8,
          content: {
            passMark: 80,
            maxAttempts: 3,
            timeLimitSeconds: null,
            drawCount: null,
            questions: [
              {
                kind: "single",
                id: "g1",
                prompt: "How do public customers usually buy banking services?",
                explanation: "Through tenders and framework agreements.",
                options: [
                  { id: "a", text: "Through tenders and framework agreements" },
                  { id: "b", text: "By walking into a branch" },
                  { id: "c", text: "Through the mobile app" },
                ],
                correctOptionId: "a",
              },
              {
                kind: "multiple",
                id: "g2",
                prompt: "Which make a good answer to a compliance question? Choose all that apply.",
                explanation: "In writing, with the reference, and the contract owner informed.",
                options: [
                  { id: "a", text: "It is in writing" },
                  { id: "b", text: "It gives the clause or law reference" },
                  { id: "c", text: "It is your personal opinion" },
                ],
                correctOptionIds: ["a", "b"],
              },
              {
                kind: "trueFalse",
                id: "g3",
                prompt: "A report sent one day late is harmless if the data is correct.",
                explanation: "False: a late report is a compliance finding for the customer.",
                correct: false,
              },
              {
                kind: "trueFalse",
                id: "g4",
                prompt: "Only the fees listed in the framework agreement apply to the customer.",
                explanation: "True: the agreement is the rule.",
                correct: true,
              },
              {
                kind: "ordering",
                id: "g5",
                prompt: "Order the stages of a public sector relationship.",
                explanation: "Tender, then agreement, then reporting.",
                items: [
                  { id: "a", text: "Tender" },
                  { id: "b", text: "Framework agreement" },
                  { id: "c", text: "Reporting" },
                ],
              },
              {
                kind: "single",
                id: "g6",
                prompt: "A report will be late. What do you do?",
                explanation: "Warn the customer early and send what is ready.",
                options: [
                  { id: "a", text: "Warn the customer today and send what is ready" },
                  { id: "b", text: "Send it late without a word" },
                ],
                correctOptionId: "a",
              },
            ],
          },
        },
      ],
    },
  ],
};

export const demoCourses: DemoCourse[] = [basics, privateCourse, smallCourse, publicCourse];
