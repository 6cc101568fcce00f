using System.Collections.Generic;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.PhoneNumberLog
{
    /// <summary>The form fields of one phone_number_log request.</summary>
    internal static class PhoneNumberLogRequest
    {
        public const string Function = "phone_number_log";

        /// <summary>
        /// Comma-joined <paramref name="numbers"/> (the server takes many per request and tags every line with its
        /// number), the calls of one direction, all of them or the last only. No header: its lines would only be skipped.
        /// </summary>
        public static List<KeyValuePair<string, string>> Fields(string numbers, CallDirection direction, bool lastOnly)
        {
            var fields = new List<KeyValuePair<string, string>>(3) { FormEncoder.Field("phone_number", numbers) };
            if (lastOnly) fields.Add(FormEncoder.Field("detail", "LAST"));
            // A fixed value last: the server logs the last field's value with SQL that a ' would break.
            fields.Add(FormEncoder.Field("type", direction == CallDirection.Inbound ? "IN" : "OUT"));
            return fields;
        }
    }
}
