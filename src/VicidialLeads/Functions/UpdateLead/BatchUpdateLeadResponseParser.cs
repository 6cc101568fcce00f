using System;
using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>
    /// Reads batch_update_lead answers (70*): "SUCCESS ... - user|rows|found|ids" with the ids found, "NO MATCHES FOUND"
    /// when none was, an empty body for nothing to change. Anything else is a <see cref="VicidialProtocolException"/>.
    /// </summary>
    internal static class BatchUpdateLeadResponseParser
    {
        private const string Updated = "SUCCESS: batch_update_lead LEADS HAVE BEEN UPDATED - ";

        public static BatchUpdateLeadAnswer Parse(string body, SecretRedactor redactor)
        {
            if (body.Length == 0) return new BatchUpdateLeadAnswer(0, 0, new HashSet<long>(), nothingToChange: true);
            if (body[body.Length - 1] != '\n')
                throw new VicidialProtocolException($"The server's batch_update_lead answer was cut short ({redactor.Excerpt(body)}); it is sent again, which is harmless.");
            string line = body.Substring(0, body.IndexOf('\n'));
            if (line.StartsWith("ERROR: batch_update_lead NO MATCHES FOUND", StringComparison.Ordinal))
                return new BatchUpdateLeadAnswer(0, 0, new HashSet<long>(), nothingToChange: false);
            if (line.StartsWith(Updated, StringComparison.Ordinal))
            {
                string[] parts = line.Substring(Updated.Length).Split('|');
                var ids = new HashSet<long>();
                if (parts.Length == 4 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int rows) &&
                    int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int found) && ReadIds(parts[3], ids) && ids.Count == found)
                    return new BatchUpdateLeadAnswer(rows, found, ids, nothingToChange: false);
            }
            throw new VicidialProtocolException($"The server answered batch_update_lead with {redactor.Excerpt(body)}, which is not a batch_update_lead answer.", isTransient: false);
        }

        private static bool ReadIds(string text, HashSet<long> ids)
        {
            foreach (string id in text.Split(','))
            {
                if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long value)) return false;
                ids.Add(value);
            }
            return true;
        }
    }
}
