using System;
using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Protocol;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.PhoneNumberLog
{
    /// <summary>
    /// Reads a phone_number_log answer (captures 75*): one line per call,
    /// <c>phone_number|call_date|list_id|length_in_sec|lead_status|hangup_reason|call_status|source_id|user</c>, per number
    /// asked about newest first; a number without calls gets no line, and when no number has any the answer is one
    /// <c>NOTICE: ... NO RECORDS FOUND</c> line (75d).
    /// </summary>
    internal static class PhoneNumberLogParser
    {
        private const int FieldCount = 9;
        private const string NoRecords = "NOTICE: phone_number_log NO RECORDS FOUND";

        /// <summary>Every number of <paramref name="numbers"/> with its calls, in the server's order (an empty list when it has none).</summary>
        public static Dictionary<string, List<VicidialCall>> Parse(string body, IReadOnlyList<string> numbers, CallDirection direction, SecretRedactor redactor)
        {
            var calls = new Dictionary<string, List<VicidialCall>>(StringComparer.Ordinal);
            foreach (string number in numbers)
                calls[number] = new List<VicidialCall>();
            if (body.Length == 0 || body[body.Length - 1] != '\n')
                throw new VicidialProtocolException($"The server's phone_number_log answer is {(body.Length == 0 ? "empty" : "cut short")}.");
            if (body.StartsWith(NoRecords, StringComparison.Ordinal))
                return calls;
            if (ServerErrorParser.Classify(body) != ServerErrorLine.None)
                throw new VicidialProtocolException($"The server answered phone_number_log with an error: {ServerErrorParser.Reason(body, redactor)}.", isTransient: false);

            int start = 0;
            while (start < body.Length)
            {
                int end = body.IndexOf('\n', start);
                string line = body.Substring(start, end - start);
                start = end + 1;
                string[] fields = line.Split('|');
                if (fields.Length != FieldCount)
                    throw new VicidialProtocolException($"A phone_number_log line has {fields.Length} fields instead of {FieldCount}: {redactor.Excerpt(line)}", isTransient: false);
                if (!calls.TryGetValue(fields[0], out List<VicidialCall>? ofNumber))
                    throw new VicidialProtocolException($"The server listed calls of {redactor.Excerpt(fields[0])}, a number that was not asked about.", isTransient: false);
                ofNumber.Add(new VicidialCall(fields[0], direction, ServerTime.Required(fields[1], "a call date"), Number(fields[2], "list id"),
                    (int)Number(fields[3], "call length"), fields[4], fields[5], fields[6], fields[7], fields[8]));
            }
            return calls;
        }

        private static long Number(string text, string what)
        {
            if (text.Length == 0) return 0;
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value <= int.MaxValue)
                return value;
            throw new VicidialProtocolException($"The server gave a call's {what} as '{text}', which is not a whole number.", isTransient: false);
        }
    }
}
