import type { LocalizedText } from "../cited.js";

/**
 * Titles and descriptions that several calls used in the same sense: exclusions (rajaukset) and
 * call-level evaluation criteria. Only the text is shared; each edition wraps it in a cited node
 * with its own call page, so the citation says which call named it.
 */

/** A title with a description, in Finnish, Swedish and English. */
export interface Titled {
  /** The short name. */
  readonly title: LocalizedText;
  /** What it means in the call. */
  readonly description: LocalizedText;
}

/**
 * Social and health care (sote) development projects: excluded in every call from 2019-2 on. The
 * Finnish description is the call's own sentence ("Avustusta ei voi hakea …" in 2020 and 2021, in
 * the past tense of the 2022 seed text).
 */
export const SOCIAL_AND_HEALTH_CARE: Titled = {
  title: {
    fi: "Sosiaali- ja terveydenhuollon kehittämishankkeet",
    sv: "Utvecklingsprojekt inom social- och hälsovården",
    en: "Social and health care development projects",
  },
  description: {
    fi: "Avustusta ei voinut hakea sosiaali- ja terveydenhuollon kehittämishankkeisiin.",
    sv: "Utvecklingsprojekt inom social- och hälsovården finansierades inte i denna ansökningsomgång.",
    en: "Development projects in social and health care (sote) were not funded in this call.",
  },
};

/** Projects that consist solely of digitising material (aineiston digitointi): excluded 2021–2022, in the 2021 call's words. */
export const DIGITISATION_ONLY: Titled = {
  title: {
    fi: "Pelkkä aineiston digitointi",
    sv: "Enbart digitalisering av material",
    en: "Solely digitising material",
  },
  description: {
    fi: "Avustusta ei voinut hakea yksinomaan aineiston digitointiin.",
    sv: "Projekt som enbart består av att digitalisera material finansierades inte.",
    en: "Projects that consist solely of digitising material were not funded.",
  },
};

/** Built environment (rakennettu ympäristö) projects: excluded in 2019-2 and 2020 (in the 2020 call's words), a focus area in 2021. */
export const BUILT_ENVIRONMENT: Titled = {
  title: {
    fi: "Rakennetun ympäristön hankkeet",
    sv: "Projekt inom den byggda miljön",
    en: "Built environment projects",
  },
  description: {
    fi: "Avustusta ei voinut hakea rakennetun ympäristön toimialaan liittyviin hankkeisiin.",
    sv: "Projekt inom sektorn för den byggda miljön var uteslutna från denna ansökningsomgång.",
    en: "Projects in the built environment sector were excluded from this call.",
  },
};

/** Archiving (arkistointi) projects: excluded in 2019-2 and 2020 (in the 2020 call's words). */
export const ARCHIVING: Titled = {
  title: { fi: "Arkistointi", sv: "Arkivering", en: "Archiving" },
  description: {
    fi: "Avustusta ei voinut hakea arkistoinnin kehittämiseen.",
    sv: "Projekt som gällde arkivering var uteslutna från denna ansökningsomgång.",
    en: "Projects on archiving were excluded from this call.",
  },
};

/** Case management (asianhallinta) projects: excluded in 2019-2 only. */
export const CASE_MANAGEMENT: Titled = {
  title: { fi: "Asianhallinta", sv: "Ärendehantering", en: "Case management" },
  description: {
    fi: "Asianhallintaan kohdistuvat hankkeet rajattiin tämän haun ulkopuolelle.",
    sv: "Projekt som gällde ärendehantering var uteslutna från denna ansökningsomgång.",
    en: "Projects on case management were excluded from this call.",
  },
};

/** How the changes in operations are carried out: a content the 2020–2022 call texts ask for. */
export const OPERATIONAL_CHANGE: LocalizedText = {
  fi: "Miten toiminnan muutokset toteutetaan",
  sv: "Hur verksamhetsförändringen genomförs",
  en: "How the changes in operations are carried out",
};

/** Knowledge-based management (tiedolla johtaminen): a focus of both 2019 calls. */
export const KNOWLEDGE_MANAGEMENT: Titled = {
  title: { fi: "Tiedolla johtaminen", sv: "Kunskapsbaserad ledning", en: "Knowledge-based management" },
  description: {
    fi: "Tiedon käyttäminen kunnan johtamisessa ja päätöksenteossa.",
    sv: "Att använda information i kommunens ledning och beslutsfattande.",
    en: "Using data in the municipality's management and decision-making.",
  },
};

/** What the project improves and how it changes ways of working (2020 and 2021 call texts, 2022 call page). */
export const CHANGE_IN_WAYS_OF_WORKING: Titled = {
  title: {
    fi: "Toimintatapojen ja prosessien muutos",
    sv: "Förändring av verksamhetssätt och processer",
    en: "Change in ways of working and processes",
  },
  description: {
    fi: "Mitä parannusta hanke tuo ja miten se muuttaa kunnan toimintatapoja ja prosesseja.",
    sv: "Vilken förbättring projektet medför och hur det förändrar kommunens verksamhetssätt och processer.",
    en: "What improvement the project brings and how it changes the municipality's ways of working and processes.",
  },
};

/** Build on earlier work and make the results usable elsewhere (2020 decision release). */
export const REUSE_AND_DISSEMINATION: Titled = {
  title: {
    fi: "Tulosten hyödynnettävyys ja levittäminen",
    sv: "Resultatens återanvändbarhet och spridning",
    en: "Reuse and dissemination of results",
  },
  description: {
    fi: "Hakijan on selvitettävä, onko vastaavaa tehty muissa kunnissa, ja harkittava sen hyödyntämistä; tulosten on oltava muiden kuntien kopioitavissa tai hyödynnettävissä, ja hakijat sitoutuvat yhteistyöhön vastaavien hankkeiden kanssa.",
    sv: "Sökanden ska utreda om något motsvarande har gjorts i andra kommuner och överväga att bygga vidare på det; resultaten ska kunna kopieras eller användas av andra kommuner, och sökandena förbinder sig att samarbeta med liknande projekt.",
    en: "Applicants check whether similar work has been done in other municipalities and consider building on it; the results must be copyable or usable by other municipalities, and the applicants commit to cooperating with similar projects.",
  },
};

/** Use national shared services and common data specifications (2021 decision release, 2022 FAQ). */
export const NATIONAL_SERVICES: Titled = {
  title: {
    fi: "Kansalliset palvelut ja yhteentoimivuus",
    sv: "Nationella tjänster och interoperabilitet",
    en: "National services and interoperability",
  },
  description: {
    fi: "Hanke hyödyntää kansallisia yhteisiä palveluja ja edistää yhteisiä tietomäärityksiä.",
    sv: "Projektet utnyttjar nationella gemensamma tjänster och främjar gemensamma dataspecifikationer.",
    en: "The project uses national shared services and promotes common data specifications.",
  },
};
