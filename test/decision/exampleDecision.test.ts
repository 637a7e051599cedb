// The draft decision of the example call (exampleCall2022) in Finnish and Swedish, pinned in file
// snapshots and checked to state every element that 688/2001 11 § and 34 § and 893/2019 4–9 § ask
// of a grant decision: recipient, purpose, maximum amount, eligible costs and the maximum share,
// the share applied to the realised costs, income and other public aid, the period of use from
// start to end, the conditions, the report deadline, the payment basis, the decision date and the
// official, and complete rectification instructions. The 8 M€ run funds EX-2022-47 in part, so
// its record also says that the grant was reduced and why.
import { describe, expect, it } from "vitest";
import { allocate } from "../../src/allocate/allocate.js";
import type { AllocateOptions } from "../../src/allocate/types.js";
import { decisionRecords } from "../../src/decision/decision.js";
import { renderDecision } from "../../src/decision/renderDecision.js";
import { exampleCall2022 } from "../../src/examples/index.js";

/**
 * The caller's figures: the ministry's report deadline was not found (2 months is the analogue of
 * VM's KaPA grants, not a digikannustin fact), and the official is a placeholder name.
 */
const OPTIONS = { reportingMonths: 2, decidedBy: "Maija Meikäläinen" };

function recordOf(id: string, allocation: AllocateOptions) {
  const r = allocate(exampleCall2022.candidates, allocation);
  if (!r.success) throw new Error("allocation failed");
  const record = decisionRecords(r.data, exampleCall2022.candidates, OPTIONS).find((d) => d.id === id);
  if (!record) throw new Error(`no record for ${id}`);
  return record;
}

/** Each element of item 13 as it reads in each language. */
const ELEMENTS = {
  fi: [
    "## Avustuksen saaja (hankehallinnoija)",
    "## Käyttötarkoitus",
    "## Avustuksen enimmäismäärä",
    "## Hyväksyttävät kustannukset",
    "hakemuksen hyväksyttävistä kustannuksista",
    "Avustus on enintään 85\u00a0% hankkeen hyväksyttävistä arvonlisäverottomista kustannuksista.",
    "lasketaan hankkeen toteutuneista hyväksyttävistä kustannuksista",
    "Hankkeesta saadut tulot vähennetään",
    "muun julkisen tuen kanssa",
    "Käyttöaika alkaa ",
    "viimeistään 30.9.2024.",
    "## Käytön ehdot",
    "kuukauden kuluessa hankkeen päättymisestä. (893/2019 9 §)",
    "## Maksaminen",
    "(688/2001 12 §)",
    "Valtiovarainministeriö, 15.6.2022.",
    "Ratkaisija: Maija Meikäläinen",
    "30 päivän kuluessa päätöksen tiedoksisaannista. (688/2001 34 § 1 mom. (952/2015); hallintolaki 434/2003 49 c §)",
    "Siinä on ilmoitettava päätös, johon oikaisua vaaditaan, millaista oikaisua vaaditaan ja millä perusteilla",
    "seitsemäntenä päivänä kirjeen lähettämisestä",
    "valittamalla hallinto-oikeuteen. (688/2001 34 § 2 mom. (952/2015))",
    "on päätelty, että päätökseen sovelletaan päätöspäivänä voimassa ollutta sanamuotoa.*",
  ],
  sv: [
    "## Understödstagare (projektadministratör)",
    "## Ändamål",
    "## Understödets maximibelopp",
    "## Godtagbara kostnader",
    "av ansökans godtagbara kostnader",
    "Understödet uppgår till högst 85\u00a0% av projektets godtagbara kostnader utan mervärdesskatt.",
    "tillämpas andelen på projektets faktiska godtagbara kostnader",
    "Intäkter av projektet dras av",
    "annat offentligt stöd",
    "Användningstiden börjar ",
    "senast 30.9.2024.",
    "## Villkor för användningen",
    "månader från det att projektet avslutades. (893/2019 9 §)",
    "## Utbetalning",
    "(688/2001 12 §)",
    "Finansministeriet, 15.6.2022.",
    "Avgörare: Maija Meikäläinen",
    "inom 30 dagar från delfåendet av beslutet. (688/2001 34 § 1 mom. (952/2015); förvaltningslagen 434/2003 49 c §)",
    "Av den ska framgå vilket beslut som avses, hurdan omprövning som begärs och på vilka grunder",
    "den sjunde dagen efter att brevet sändes",
    "genom besvär hos förvaltningsdomstolen. (688/2001 34 § 2 mom. (952/2015))",
    "är det en slutsats att den lydelse som gällde på beslutsdagen tillämpas.*",
  ],
} as const;

describe("the example call's draft decision", () => {
  it.each(["fi", "sv"] as const)("the first grant (EX-2022-19, Joensuu) in %s has every element", async (locale) => {
    const text = renderDecision(recordOf("EX-2022-19", { unit: "euro" }), locale);
    await expect(text).toMatchFileSnapshot(`./__snapshots__/example.EX-2022-19.${locale}.md`);
    for (const element of ELEMENTS[locale]) expect(text).toContain(element);
    expect(text).toContain("Joensuu (167) (893/2019 3 § 2 mom.)");
  });

  it.each([
    ["fi", "## Myönnetty määrä ja sen perusteet", "Määräraha ei riittänyt koko myönnettävissä olevaan määrään"],
    ["sv", "## Beviljat belopp och grunderna för det", "Anslaget räckte inte till hela det belopp som kunde beviljas"],
  ] as const)(
    "a grant made in part (8 M€, EX-2022-47) in %s says it was reduced and why",
    async (locale, heading, why) => {
      const record = recordOf("EX-2022-47", { unit: "euro", appropriation: "8000000.00", partial: "partial" });
      expect(record.reduction?.reasons).toEqual(["appropriation"]);
      const text = renderDecision(record, locale);
      await expect(text).toMatchFileSnapshot(`./__snapshots__/example.EX-2022-47.partial.${locale}.md`);
      for (const element of ELEMENTS[locale]) expect(text).toContain(element);
      expect(text).toContain(heading);
      expect(text).toContain(why);
    },
  );
});
