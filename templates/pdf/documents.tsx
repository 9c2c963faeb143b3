import { Document, Page, Text, View } from "@react-pdf/renderer";
import { templateText } from "../csecy-safety-plan/texts";
import type { PlanContent } from "../csecy-safety-plan/schema";
import type { Language } from "../csecy-safety-plan/structure";
import { formatSavedAt } from "./format";
import { printsHelpLine, printsResources } from "./printable";
import { listsPlacesThatHelp } from "./resources";
import type { PageNumbering } from "./page-numbers";
import { Footer } from "./parts";
import { AboutSection } from "./sections/AboutSection";
import { EmergencyBox } from "./sections/EmergencyBox";
import { FollowUpPage, FollowUpSection } from "./sections/FollowUpSection";
import { GoBagSection } from "./sections/GoBagSection";
import { PeopleSection } from "./sections/PeopleSection";
import { PlacesSection } from "./sections/PlacesSection";
import { ProviderNotesSection } from "./sections/ProviderNotesSection";
import { QuestionsSection } from "./sections/QuestionsSection";
import { RefusalSection } from "./sections/RefusalSection";
import { ResourcesSection } from "./sections/ResourcesSection";
import { SituationsSection } from "./sections/SituationsSection";
import { StrategiesSection } from "./sections/StrategiesSection";
import type { SectionProps, Variant } from "./sections/types";
import type { HistoryEntry } from "./sections/VersionHistorySection";
import { VersionHistorySection } from "./sections/VersionHistorySection";
import { s } from "./styles";
import { pdfText } from "./text";

export interface PdfVersionInfo {
  number: number;
  /** ISO time the version was saved. */
  createdAt: string;
  authorName: string;
  note: string;
  templateId: string;
  templateVersion: number;
}

/** What a document is made of: the content already filtered for its copy, and the version's facts. */
export interface DocumentProps {
  content: PlanContent;
  language: Language;
  version: PdfVersionInfo;
  history: readonly HistoryEntry[];
  youthName: string;
  /** This render's page numbers (render.tsx sets the page count after layout). */
  pageNumbering: PageNumbering;
  /**
   * The youth copy: the follow-up follows the plan on the same sheet instead of starting one of
   * its own (render.tsx chooses it when a sheet of its own would leave the plan's last page
   * mostly blank).
   */
  followUpFlows?: boolean;
  /** The trusted-adult copy set smaller, chosen by render.tsx when the usual size takes a second page. */
  compact?: boolean;
}

function sectionProps(props: DocumentProps, variant: Variant): SectionProps {
  return { content: props.content, language: props.language, text: templateText(props.language), pdf: pdfText(props.language), variant };
}

/** The plan's sections in template order (the provider section is not among them). */
function PlanSections(p: SectionProps & { withFollowUp?: boolean }) {
  return (
    <>
      <AboutSection {...p} />
      <QuestionsSection {...p} />
      <PeopleSection {...p} />
      <PlacesSection {...p} />
      <StrategiesSection {...p} kind="coping" />
      <StrategiesSection {...p} kind="safer-working" />
      <SituationsSection {...p} />
      <GoBagSection {...p} />
      <RefusalSection {...p} />
      <ResourcesSection {...p} />
      {p.withFollowUp === false ? null : <FollowUpSection {...p} />}
    </>
  );
}

/** The youth's copy: plain, warm, in the youth's words; emergency box first, follow-up page last. */
export function YouthCopy(props: DocumentProps) {
  const p = sectionProps(props, "youth");
  const saved = formatSavedAt(props.version.createdAt, p.pdf.locale);
  const name = props.content.about.nameOnPlan;
  return (
    <Document title={p.pdf.youth.title} language={props.language}>
      <Page size="LETTER" style={s.page}>
        <Text style={s.title}>{p.pdf.youth.title}</Text>
        <Text style={s.subtitle}>
          {[name ? p.pdf.youth.forName(name) : "", p.pdf.versionOn(props.version.number, saved)].filter(Boolean).join(" · ")}
        </Text>
        <EmergencyBox pdf={p.pdf} language={props.language} discreet={false} otherNumbers={printsResources(props.content)} />
        <PlanSections {...p} />
        <Text style={[s.muted, { marginTop: 14 }]}>{p.pdf.youth.keepThisSafe}</Text>
        {props.followUpFlows ? (
          <View style={{ marginTop: 24 }}>
            <FollowUpPage {...p} />
          </View>
        ) : null}
        <Footer left={p.pdf.versionOn(props.version.number, saved)} pageOf={p.pdf.pageOf} numbering={props.pageNumbering} />
      </Page>
      {/* Otherwise a Page of its own: it starts on a new sheet, and react-pdf re-lays out everything
          still to come at each page break, so the plan's pages do not carry this one along. */}
      {props.followUpFlows ? null : (
        <Page size="LETTER" style={s.page}>
          <FollowUpPage {...p} />
          <Footer left={p.pdf.versionOn(props.version.number, saved)} pageOf={p.pdf.pageOf} numbering={props.pageNumbering} />
        </Page>
      )}
    </Document>
  );
}

/**
 * For an adult the youth trusts, in the adult's language: only what the youth chose for it, no
 * name, no date of the next meeting, no follow-up page.
 */
export function AdultCopy(props: DocumentProps) {
  const p = sectionProps(props, "adult");
  return (
    <Document title={p.pdf.adult.title} language={props.language}>
      <Page size="LETTER" style={props.compact ? [s.page, s.compactPage] : s.page}>
        <Text style={s.title}>{p.pdf.adult.title}</Text>
        <Text style={s.subtitle}>{p.pdf.adult.intro}</Text>
        <EmergencyBox pdf={p.pdf} language={props.language} discreet={false} otherNumbers={listsPlacesThatHelp(props.content, "adult")} />
        <PlanSections {...p} withFollowUp={false} />
        <Footer left={p.pdf.adult.footer} pageOf={p.pdf.pageOf} numbering={props.pageNumbering} />
      </Page>
    </Document>
  );
}

/** For a youth who fears the plan will be found: neutral title and wording, nothing that names it. */
export function DiscreetCopy(props: DocumentProps) {
  const p = sectionProps(props, "discreet");
  return (
    <Document title={p.pdf.discreet.title} language={props.language}>
      <Page size="LETTER" style={s.page}>
        <Text style={s.title}>{p.pdf.discreet.title}</Text>
        <Text style={s.subtitle}>{p.pdf.discreet.subtitle}</Text>
        <EmergencyBox pdf={p.pdf} language={props.language} discreet={{ helpLine: printsHelpLine(props.content) }} otherNumbers={false} />
        <PlanSections {...p} />
        <Footer left="" pageOf={p.pdf.pageOf} numbering={props.pageNumbering} />
      </Page>
    </Document>
  );
}

/** Everything, plus provider notes, the concern flag, version history and template; confidential. */
export function ProviderCopy(props: DocumentProps) {
  const p = sectionProps(props, "provider");
  const v = props.version;
  const saved = formatSavedAt(v.createdAt, p.pdf.locale);
  return (
    <Document title={`${p.pdf.provider.title} \u2014 ${props.youthName}`} language={props.language}>
      <Page size="LETTER" style={s.page}>
        <Text style={s.confidentialBar} fixed>
          {p.pdf.provider.confidential}
        </Text>
        <Text style={s.title}>{p.pdf.provider.title}</Text>
        <View style={{ marginBottom: 8 }}>
          <Text style={s.paragraph}>{p.pdf.provider.youth(props.youthName)}</Text>
          <Text style={s.paragraph}>
            {p.pdf.provider.version(v.number)} · {p.pdf.provider.savedBy(v.authorName, saved)}
          </Text>
          {v.note ? <Text style={s.paragraph}>{v.note}</Text> : null}
          <Text style={s.muted}>{p.pdf.provider.template(v.templateId, v.templateVersion)}</Text>
        </View>
        <ProviderNotesSection {...p} />
        <PlanSections {...p} />
        <FollowUpPage {...p} />
        <VersionHistorySection history={props.history} pdf={p.pdf} />
        <Footer left={`${p.pdf.provider.footer} · ${p.pdf.versionOn(v.number, saved)}`} pageOf={p.pdf.pageOf} numbering={props.pageNumbering} />
      </Page>
    </Document>
  );
}
