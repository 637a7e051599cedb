/**
 * The pages the call editions cite, each named once so a citation cannot drift between editions.
 * Each is named beside the values it supports, with their certainty.
 */

/** Finlex, consolidated 893/2019 (valtioneuvoston asetus kuntien digitalisaation kannustinjärjestelmästä). */
export const FINLEX_893_2019 = "https://finlex.fi/fi/laki/ajantasa/2019/20190893";
/** Finlex, consolidated 893/2019 in Swedish. */
export const FINLEX_893_2019_SV = "https://finlex.fi/sv/laki/ajantasa/2019/20190893";
/** VM's general FAQ on the grant: who may apply, partners, kuntayhtymä on behalf of municipalities. */
export const VM_FAQ = "https://vm.fi/usein-kysyttya";

/** The 2019 state budget, momentti 28.90.32: 30 M€ for the 2019 calls. */
export const BUDGET_2019 =
  "https://budjetti.vm.fi/indox/sisalto.jsp?year=2019&lang=fi&maindoc=/2019/aky/aky.xml&id=/2019/aky/YksityiskohtaisetPerustelut/28/90/32/32.html";
/** The 2021 state budget, momentti 28.90.32: 10 M€, with the 2020 history (TA 40 M€, IV LTA −30 M€). */
export const BUDGET_2021 =
  "https://budjetti.vm.fi/indox/sisalto.jsp?year=2021&lang=fi&maindoc=/2021/tae/valtiovarainministerionKanta/valtiovarainministerionKanta.xml&opennode=0:1:239:511:621:627:";
/** The 2023 budget proposal, whose table shows 2022 TA 10 M€ for 28.90.32. */
export const BUDGET_2023 =
  "https://budjetti.vm.fi/sisalto.jsp;jsessionid=dNVSqJmGJWKZXmApZ1F6UTvCzeTCTbSIMD6VXJt5.vmbukweb02p?year=2023&lang=fi&maindoc=/2023/tae/hallituksenEsitys/hallituksenEsitys.xml&opennode=0:1:3:87:";

/** 2019: VM's page on both 2019 calls. */
export const VM_2019 = "https://vm.fi/kuntien-digikannustinavustukset-2019";
/** 2019 call 1: Kommunförbundet on the opening of the call (closing time 16.15). */
export const KOMMUNFORBUNDET_2019_1 =
  "https://www.kommunforbundet.fi/aktuellt/2019/ansokan-om-statsunderstod-digitaliseringen-i-kommunerna-har-inletts";
/** 2019 call 1: Kommuntorget on the call's criteria, results and grant range. */
export const KOMMUNTORGET_2019_1 =
  "https://kommuntorget.fi/it-och-information/understod-for-digitalisering-i-kommunerna/";
/** 2019 call 2: Kuntaliitto on the joint-projects call (focus areas, exclusions, dates). */
export const KUNTALIITTO_2019_2 =
  "https://www.kuntaliitto.fi/ajankohtaista/2019/kuntien-digitalisaation-valtionavustushaku-yhteishankkeisiin-kaynnissa";
/** 2019 call 2: Kommunförbundet, the same call in Swedish. */
export const KOMMUNFORBUNDET_2019_2 =
  "https://www.kommunforbundet.fi/aktuellt/2019/ansokning-om-statsunderstod-oppen-digitaliseringsprojekt-mellan-kommuner";
/** 2019 call 2: Kommuntorget on the call (applications received). */
export const KOMMUNTORGET_2019_2 =
  "https://kommuntorget.fi/it-och-information/understod-for-kommunernas-digitaliseringsprojekt/";
/** 2019 call 2: Helsinki's record of the decision of 12.5.2020 (VN/11801/2019). */
export const HELSINKI_2019_2_DECISION =
  "https://paatokset.hel.fi/en/case/hel-2021-006355?decision=50bec4e0-0f2e-4782-a471-7578d8212433";

/** 2020: VM's call page. */
export const VM_2020 = "https://vm.fi/kuntien-digikannustinavustukset-2020";
/** 2020: VM's release on the opening of the call (SV). */
export const VM_2020_OPENING =
  "https://vm.fi/sv/-/ansokan-om-statsunderstod-for-framjande-av-digitalisering-i-kommunerna-2020-inleddes";
/** 2020: VM's release on the grants made (SV). */
export const VM_2020_DECISION =
  "https://vm.fi/sv/-/finansministeriet-beviljade-2020-ars-understod-for-kommunernas-digitaliseringsprojekt";
/** 2020: Kuntaliitto quoting VM: more than one municipality, no maximum, no device purchases. */
export const KUNTALIITTO_2020 =
  "https://kuntaliitto.fi/ajankohtaista/2020/valtiovarainministerion-syksyn-digikannustinhaku-kutsuu-kuntia-digikehitystyohon";

/** 2021: VM's call page. */
export const VM_2021 = "https://vm.fi/fi/kuntien-digikannustinavustukset-2021";
/** 2021: VM's call page in Swedish. */
export const VM_2021_SV = "https://vm.fi/sv/kommunernas-digitaliseringsunderstod-2021";
/** 2021: VM's release on the opening of the call (SV). */
export const VM_2021_OPENING =
  "https://vm.fi/sv/-/kommunernas-ansokan-om-statsunderstod-for-framjande-av-digitaliseringen-2021-inleddes";
/** 2021: VM's release on the grants made. */
export const VM_2021_DECISION =
  "https://vm.fi/-/valtiovarainministerio-on-myontanyt-vuoden-2021-avustuksia-kuntien-digitalisaatiohankkeisiin?languageId=sv_SE";

/** 2022: VM's call page. */
export const VM_2022 = "https://vm.fi/kuntien-digikannustinavustukset-2022";
/** 2022: VM's call page in Swedish. */
export const VM_2022_SV = "https://vm.fi/sv/kommunernas-digitaliseringsunderstod-2022";
/** 2022: VM's FAQ on planning the project (criteria guidance). */
export const VM_2022_FAQ = "https://vm.fi/ukk-kuntien-digikannustinavustukset";
/** 2022: VM's release on the grants made (SV; the slug says 2020 but the page is the 2022 release). */
export const VM_2022_DECISION =
  "https://vm.fi/sv/-/finansministeriet-beviljade-2020-ars-understod-for-kommunernas-digitaliseringsprojekt-1";
/** 2022: Lohja's news on its grant, dating VM's decision 15.6.2022. */
export const LOHJA_2022 =
  "https://www.lohja.fi/ajankohtaiset/lohjan-kaupungille-on-myonnetty-merkittava-valtionapu-digitalisaation-edistamiseen/";
