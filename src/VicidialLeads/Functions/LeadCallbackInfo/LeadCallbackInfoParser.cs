using System;
using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Protocol;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadCallbackInfo
{
    /// <summary>
    /// Reads a lead_callback_info answer (captures 77*): one line per callback, <c>lead_id|callback_type|recipient|
    /// callback_status|lead_status|callback_date|entry_date|user|list_id|campaign_id|user_group|customer_timezone|
    /// customer_time|comments</c>, archived ones first; none is <c>ERROR: lead_callback_info CALLBACK NOT FOUND</c> (77d).
    /// The comments come last and raw, so a '|' stays in them, and a line that does not start a callback of the lead
    /// continues the comments of the one before (a newline in them).
    /// </summary>
    internal static class LeadCallbackInfoParser
    {
        private const int FieldCount = 14;
        private const string NotFound = "ERROR: lead_callback_info CALLBACK NOT FOUND";

        public static List<VicidialCallback> Parse(string body, long leadId, SecretRedactor redactor)
        {
            var callbacks = new List<VicidialCallback>();
            if (body.Length == 0 || body[body.Length - 1] != '\n')
                throw new VicidialProtocolException($"The server's lead_callback_info answer is {(body.Length == 0 ? "empty" : "cut short")}.");
            if (body.StartsWith(NotFound, StringComparison.Ordinal))
                return callbacks;
            if (ServerErrorParser.Classify(body) != ServerErrorLine.None)
                throw new VicidialProtocolException($"The server answered lead_callback_info with an error: {ServerErrorParser.Reason(body, redactor)}.", isTransient: false);

            string id = leadId.ToString(CultureInfo.InvariantCulture);
            var records = new List<string>();
            int start = 0;
            while (start < body.Length)
            {
                int end = body.IndexOf('\n', start);
                string line = body.Substring(start, end - start);
                start = end + 1;
                if (StartsCallback(line, id))
                    records.Add(line);
                else if (records.Count > 0)
                    records[records.Count - 1] += "\n" + line;
                else
                    throw new VicidialProtocolException($"The lead_callback_info answer for lead {id} starts with a line that is no callback of it: {redactor.Excerpt(line)}", isTransient: false);
            }
            foreach (string record in records)
                callbacks.Add(Read(record.Split(new[] { '|' }, FieldCount), leadId, redactor, record));
            return callbacks;
        }

        private static bool StartsCallback(string line, string id) =>
            line.StartsWith(id + "|CURRENT|", StringComparison.Ordinal) || line.StartsWith(id + "|ARCHIVE|", StringComparison.Ordinal);

        private static VicidialCallback Read(string[] f, long leadId, SecretRedactor redactor, string record)
        {
            if (f.Length != FieldCount)
                throw new VicidialProtocolException($"A lead_callback_info line has {f.Length} fields instead of {FieldCount}: {redactor.Excerpt(record)}", isTransient: false);
            long listId = f[8].Length == 0 ? 0 : long.TryParse(f[8], NumberStyles.None, CultureInfo.InvariantCulture, out long list) ? list
                : throw new VicidialProtocolException($"The server gave a callback's list id as '{f[8]}', which is not a whole number.", isTransient: false);
            return new VicidialCallback(leadId, f[1] == "ARCHIVE" ? CallbackTable.Archive : CallbackTable.Current, f[2], f[3], f[4],
                ServerTime.Required(f[5], "a callback time"), ServerTime.Optional(f[6], "a callback's entry time"), f[7], listId, f[9], f[10], f[11],
                ServerTime.Optional(f[12], "a callback's customer time"), f[13]);
        }
    }
}
