import type { Locale } from "../vocabulary/locale.js";
import { defineMessages } from "../vocabulary/locale.js";
import { formatAmount } from "../money/format.js";

type None = Record<string, never>;
type Option = { readonly option: string; readonly expected: string };
type Input = { readonly input: string };
type EditionOnly = { readonly edition: string };
type Exceeds = { readonly granted: string; readonly maxGrant: string };
type Share = { readonly name: string; readonly amount: string; readonly eligibleCosts: string };
type Procurement = {
  readonly name: string;
  readonly line: number;
  readonly value: string;
  readonly fromGrant: string;
};

const eur = (amount: string, locale: Locale) => formatAmount(amount, locale);

/**
 * Messages of the pass-on plan (`passOnPlan`): how a joint project's grant is shared among its
 * parties under the recipient model (893/2019 3 §; 688/2001 7 § 3 mom., 27 §), and why a plan
 * cannot be made.
 */
export const passOnMessages = defineMessages({
  "passOn.kept": {
    fi: (p: Share) =>
      `${p.name}: hankehallinnoija pitää ${eur(p.amount, "fi")} omiin hyväksyttäviin kustannuksiinsa (${eur(p.eligibleCosts, "fi")}).`,
    sv: (p: Share) =>
      `${p.name}: projektadministratören behåller ${eur(p.amount, "sv")} för sina egna godtagbara kostnader (${eur(p.eligibleCosts, "sv")}).`,
    en: (p: Share) =>
      `${p.name}: the administrator keeps ${eur(p.amount, "en")} for its own eligible costs (${eur(p.eligibleCosts, "en")}).`,
  },
  "passOn.passedOnByAdministrator": {
    fi: (p: Share) =>
      `${p.name}: hankehallinnoija siirtää ${eur(p.amount, "fi")} sen hyväksyttäviin kustannuksiin (${eur(p.eligibleCosts, "fi")}) valtionavustuslain 7 §:n 3 momentin mukaisella sopimuksella.`,
    sv: (p: Share) =>
      `${p.name}: projektadministratören överför ${eur(p.amount, "sv")} för dess godtagbara kostnader (${eur(p.eligibleCosts, "sv")}) genom avtal enligt 7 § 3 mom. i statsunderstödslagen.`,
    en: (p: Share) =>
      `${p.name}: the administrator passes on ${eur(p.amount, "en")} for its eligible costs (${eur(p.eligibleCosts, "en")}) under an agreement of section 7(3) of the State Grants Act.`,
  },
  "passOn.received": {
    fi: (p: Share) =>
      `${p.name}: saa ${eur(p.amount, "fi")} hyväksyttäviin kustannuksiinsa (${eur(p.eligibleCosts, "fi")}) avustuksen saajana yhdessä muiden kanssa; saajat vastaavat avustuksen palauttamisesta ja takaisinperinnästä yhteisvastuullisesti.`,
    sv: (p: Share) =>
      `${p.name}: får ${eur(p.amount, "sv")} för sina godtagbara kostnader (${eur(p.eligibleCosts, "sv")}) som understödstagare tillsammans med de andra; mottagarna har solidariskt ansvar för återbetalning och återkrav.`,
    en: (p: Share) =>
      `${p.name}: receives ${eur(p.amount, "en")} for its eligible costs (${eur(p.eligibleCosts, "en")}) as a recipient together with the others; the recipients are jointly and severally liable for its return and recovery.`,
  },
  "passOn.passedOnByRecipients": {
    fi: (p: Share) =>
      `${p.name}: ei ole avustuksen saaja; saajat siirtävät sille ${eur(p.amount, "fi")} sen hyväksyttäviin kustannuksiin (${eur(p.eligibleCosts, "fi")}) valtionavustuslain 7 §:n 3 momentin mukaisella sopimuksella.`,
    sv: (p: Share) =>
      `${p.name}: är inte understödstagare; mottagarna överför ${eur(p.amount, "sv")} för dess godtagbara kostnader (${eur(p.eligibleCosts, "sv")}) genom avtal enligt 7 § 3 mom. i statsunderstödslagen.`,
    en: (p: Share) =>
      `${p.name}: is not a recipient; the recipients pass on ${eur(p.amount, "en")} for its eligible costs (${eur(p.eligibleCosts, "en")}) under an agreement of section 7(3) of the State Grants Act.`,
  },
  "passOn.noShare": {
    fi: (p: Share) => `${p.name}: ei hyväksyttäviä kustannuksia, joten sille ei kohdistu osuutta avustuksesta.`,
    sv: (p: Share) => `${p.name}: har inga godtagbara kostnader, så ingen andel av understödet hänförs till den.`,
    en: (p: Share) => `${p.name}: has no eligible costs, so no share of the grant.`,
  },
  "passOn.contractingEntity": {
    fi: (p: Procurement) =>
      `${p.name} saisi avustuksesta ${eur(p.fromGrant, "fi")} budjettirivin ${p.line + 1} hankinnan arvosta ${eur(p.value, "fi")} eli yli puolet, joten siitä tulee tässä hankinnassa itse hankintayksikkö.`,
    sv: (p: Procurement) =>
      `${p.name} skulle få ${eur(p.fromGrant, "sv")} av understödet för upphandlingen på budgetrad ${p.line + 1}, värd ${eur(p.value, "sv")}, alltså mer än hälften, så den blir själv upphandlande enhet i den upphandlingen.`,
    en: (p: Procurement) =>
      `${p.name} would receive ${eur(p.fromGrant, "en")} from the grant of the ${eur(p.value, "en")} procurement on budget line ${p.line + 1}, more than half, so it becomes a contracting entity itself for that procurement.`,
  },
  "passOn.invalidOption": {
    fi: (p: Option) => `Valinta ${p.option} on virheellinen: odotettiin ${p.expected}.`,
    sv: (p: Option) => `Inställningen ${p.option} är ogiltig: förväntat ${p.expected}.`,
    en: (p: Option) => `The option ${p.option} is invalid: expected ${p.expected}.`,
  },
  "passOn.notAnAssessment": {
    fi: (_: None) =>
      "Siirtosuunnitelma tarvitsee arvion, jonka assess on antanut jäsennetystä hakemuksesta (tila eligible, ineligible tai needsReview, budjetti osapuolittain).",
    sv: (_: None) =>
      "Planen för vidareförmedling behöver en bedömning som assess gett av en tolkad ansökan (status eligible, ineligible eller needsReview, budgeten per part).",
    en: (_: None) =>
      "A pass-on plan needs an assessment that assess gave of a parsed application (status eligible, ineligible or needsReview, with the budget per party).",
  },
  "passOn.invalidGranted": {
    fi: (p: Input) =>
      `Myönnetty määrä ”${p.input}” ei ole rahamäärä: anna se desimaalilukuna merkkijonona, esim. "85000.00".`,
    sv: (p: Input) =>
      `Det beviljade beloppet ”${p.input}” är inte ett belopp: ange det som decimaltal i en sträng, t.ex. "85000.00".`,
    en: (p: Input) => `The granted amount "${p.input}" is not an amount: give it as a decimal string, e.g. "85000.00".`,
  },
  "passOn.exceedsMaximum": {
    fi: (p: Exceeds) =>
      `Myönnetty määrä ${eur(p.granted, "fi")} ylittää hankkeen avustuksen enimmäismäärän ${eur(p.maxGrant, "fi")} (893/2019 4 §).`,
    sv: (p: Exceeds) =>
      `Det beviljade beloppet ${eur(p.granted, "sv")} överskrider projektets maximibelopp ${eur(p.maxGrant, "sv")} (893/2019 4 §).`,
    en: (p: Exceeds) =>
      `The granted amount ${eur(p.granted, "en")} exceeds the project's maximum grant of ${eur(p.maxGrant, "en")} (893/2019 4 §).`,
  },
  "passOn.recipientModelMissing": {
    fi: (p: EditionOnly) =>
      `Hakukierroksen ${p.edition} lähteet eivät kerro, saako avustuksen hankehallinnoija vai kunnat yhdessä: anna malli (recipientModel: "administrator" tai "joint").`,
    sv: (p: EditionOnly) =>
      `Källorna för omgången ${p.edition} säger inte om understödet går till projektadministratören eller till kommunerna gemensamt: ange modellen (recipientModel: "administrator" eller "joint").`,
    en: (p: EditionOnly) =>
      `The sources of the ${p.edition} call do not say whether the grant goes to the administrator or to the municipalities jointly: give the model (recipientModel: "administrator" or "joint").`,
  },
  "passOn.failed": {
    fi: (_: None) =>
      "Siirtosuunnitelmaa ei voitu laatia kirjaston sisäisen virheen vuoksi. Ilmoitathan siitä ylläpitäjille.",
    sv: (_: None) =>
      "Planen för vidareförmedling kunde inte göras på grund av ett internt fel i biblioteket. Rapportera det gärna till utvecklarna.",
    en: (_: None) =>
      "The pass-on plan could not be made because of an internal error of the library; please report it.",
  },
});
