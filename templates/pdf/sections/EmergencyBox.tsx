import { Text, View } from "@react-pdf/renderer";
import type { Language } from "../../csecy-safety-plan/structure";
import { EMERGENCY_ID, HOTLINE_ID, hours, neutralName, numbersLine, purpose, resourceById, resourceName, whenYouCall } from "../resources";
import { s } from "../styles";
import type { PdfText } from "../text";

/**
 * First page: 911 and the trafficking hotline. On the discreet copy the hotline is under a neutral
 * name, and only if the youth left "Help line" on it (its number, looked up, says what line it is).
 */
export function EmergencyBox({
  pdf,
  language,
  discreet,
  otherNumbers,
}: {
  pdf: PdfText;
  language: Language;
  discreet: false | { helpLine: boolean };
  /** Whether the copy has the page "Places that can help" to point to. */
  otherNumbers: boolean;
}) {
  const hotline = resourceById(HOTLINE_ID);
  const emergency = resourceById(EMERGENCY_ID);
  if (discreet) {
    return (
      <View style={s.emergency}>
        <Text style={s.emergencyTitle}>
          {pdf.discreet.emergency}: {emergency.phone}
        </Text>
        {discreet.helpLine ? (
          <Text style={s.emergencyLine}>
            {neutralName(hotline, pdf)}: {numbersLine(hotline, pdf)} · {hours(hotline, language)}
          </Text>
        ) : null}
      </View>
    );
  }
  return (
    <View style={s.emergency} wrap={false}>
      <Text style={s.emergencyTitle}>{pdf.youth.emergencyTitle}</Text>
      <Text style={s.emergencyLine}>{pdf.youth.emergencyLine}</Text>
      <Text style={[s.emergencyLine, { fontWeight: 700 }]}>{resourceName(hotline, language)}</Text>
      <Text style={s.emergencyLine}>
        {numbersLine(hotline, pdf)} · {hours(hotline, language)}
      </Text>
      <Text style={s.muted}>
        {purpose(hotline, language)} {pdf.whenYouCall} {whenYouCall(hotline, language)}
      </Text>
      {otherNumbers ? <Text style={[s.muted, { marginTop: 3 }]}>{pdf.youth.otherNumbers}</Text> : null}
    </View>
  );
}
