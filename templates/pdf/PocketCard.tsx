import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { DocumentProps } from "./documents";
import { printsHelpLine } from "./printable";
import { EMERGENCY_ID, HOTLINE_ID, hours, neutralName, numbersLine, resourceById } from "./resources";
import { card, CARD, COLORS } from "./styles";
import { pdfText } from "./text";

import { cardLine } from "./card-lines";

/** Cut marks: short lines just outside each corner of the card pair. */
const MARGIN = 20;
const GAP = 4;
const LENGTH = 12;
const WIDTH = CARD.width * 2;
const HEIGHT = CARD.height;

function CutMarks() {
  const xs = [MARGIN, MARGIN + WIDTH];
  const ys = [MARGIN, MARGIN + HEIGHT];
  const marks: { left: number; top: number; width: number; height: number }[] = [];
  for (const x of xs) {
    for (const y of ys) {
      const outwardX = x === MARGIN ? -1 : 1;
      const outwardY = y === MARGIN ? -1 : 1;
      // horizontal mark on the card's edge line, outside the card
      marks.push({ left: outwardX < 0 ? x - GAP - LENGTH : x + GAP, top: y - 0.25, width: LENGTH, height: 0.5 });
      // vertical mark
      marks.push({ left: x - 0.25, top: outwardY < 0 ? y - GAP - LENGTH : y + GAP, width: 0.5, height: LENGTH });
    }
  }
  return (
    <>
      {marks.map((m, i) => (
        <View key={i} style={[card.cutMark, m]} />
      ))}
    </>
  );
}

/**
 * The pocket card: about 85 × 55 mm, front and back side by side on one page, cut marks at the
 * corners and a fold line between. Front: the youth's first people with their numbers and code
 * words; back: 911 and, unless the youth took "Help line" off the card, the hotline. Neutral
 * wording: it is the copy most easily found.
 */
export function PocketCard(props: DocumentProps) {
  const pdf = pdfText(props.language);
  const people = props.content.people.items;
  const hotline = resourceById(HOTLINE_ID);
  const emergency = resourceById(EMERGENCY_ID);
  return (
    <Document title={pdf.card.frontTitle} language={props.language}>
      <Page size="LETTER" style={card.page}>
        <Text style={card.intro}>{pdf.card.instructions}</Text>
        <View style={{ width: WIDTH + MARGIN * 2, height: HEIGHT + MARGIN * 2, alignSelf: "center", position: "relative" }}>
          <CutMarks />
          <View style={{ position: "absolute", left: MARGIN, top: MARGIN, flexDirection: "row" }}>
            <View style={[card.side, { borderRightWidth: 0.5, borderRightColor: COLORS.line, borderStyle: "dashed" }]}>
              <Text style={card.title}>{pdf.card.frontTitle}</Text>
              {people.length ? (
                people.map((p) => (
                  <View key={p.id} style={card.person}>
                    <Text style={card.personName}>{cardLine.name(p.nickname)}</Text>
                    {p.contact ? <Text style={card.personLine}>{cardLine.contact(p.contact)}</Text> : null}
                    {p.codeWord ? <Text style={card.personLine}>{pdf.card.codeWord(cardLine.codeWord(p.codeWord))}</Text> : null}
                  </View>
                ))
              ) : (
                <>
                  <Text style={card.personLine}>{pdf.card.noPeople}</Text>
                  <View style={card.writeLine} />
                  <View style={card.writeLine} />
                  <View style={card.writeLine} />
                </>
              )}
            </View>
            <View style={card.side}>
              <Text style={card.title}>{pdf.card.backTitle}</Text>
              <Text style={card.big}>
                {pdf.card.emergency}: {emergency.phone}
              </Text>
              {printsHelpLine(props.content) ? (
                <>
                  <Text style={[card.line, { marginTop: 6, fontWeight: 700 }]}>{neutralName(hotline, pdf)}</Text>
                  <Text style={card.line}>{numbersLine(hotline, pdf)}</Text>
                  <Text style={card.line}>{hours(hotline, props.language)}</Text>
                </>
              ) : (
                // Without the help line, room to write a number by hand.
                <View style={{ marginTop: 6 }}>
                  <View style={card.writeLine} />
                  <View style={card.writeLine} />
                  <View style={card.writeLine} />
                </View>
              )}
            </View>
          </View>
        </View>
      </Page>
    </Document>
  );
}
