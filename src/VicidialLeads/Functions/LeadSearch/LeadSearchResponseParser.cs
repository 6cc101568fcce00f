using System;
using System.Collections.Generic;
using VicidialLeads.Protocol;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadSearch
{
    /// <summary>
    /// Reads a lead_search answer: one <c>key|count|id-id-id</c> line per searched key, an optional header
    /// line, or the server's all-miss error. Lines are matched to keys by key, never by position, and
    /// anything that does not fit is a protocol error rather than a guess.
    /// </summary>
    internal static class LeadSearchResponseParser
    {
        /// <summary>The header line as the real server prints it (without delimiters) and as documented.</summary>
        private static readonly string[] HeaderLines = { "search_keyrecords_foundlead_ids", "search_key|records_found|lead_ids" };

        public static LeadSearchResponse Parse(string body, IReadOnlyCollection<string> keys, SecretRedactor redactor)
        {
            var result = new Dictionary<string, long[]>(keys.Count, StringComparer.Ordinal);
            foreach (string key in keys)
                result[key] = null!;

            if (body.Length == 0)
                throw new VicidialProtocolException("The server's lead_search answer was empty.");

            if (body.StartsWith("ERROR:", StringComparison.Ordinal))
            {
                if (ServerErrorParser.Classify(body) == ServerErrorLine.NoMatches)
                {
                    // Not an error for the user: none of the numbers has a lead.
                    foreach (string key in keys)
                        result[key] = Array.Empty<long>();
                    return new LeadSearchResponse(result, 0);
                }
                throw new VicidialProtocolException($"The server answered lead_search with an error: {ServerErrorParser.Reason(body, redactor)}.", isTransient: false);
            }

            if (body[body.Length - 1] != '\n')
                throw new VicidialProtocolException("The server's lead_search answer was cut off: its last line is incomplete.");

            int total = 0;
            int lineNumber = 0;
            int position = 0;
            while (position < body.Length)
            {
                int end = body.IndexOf('\n', position);
                int length = end - position;
                if (length > 0 && body[end - 1] == '\r') length--;
                string line = body.Substring(position, length);
                position = end + 1;
                lineNumber++;

                if (line.Length == 0 || (lineNumber == 1 && Array.IndexOf(HeaderLines, line) >= 0))
                    continue;

                total += ParseLine(line, lineNumber, result, redactor);
            }

            foreach (var pair in result)
            {
                if (pair.Value is null)
                    throw new VicidialProtocolException($"The server's lead_search answer has no line for {pair.Key}.");
            }
            return new LeadSearchResponse(result, total);
        }

        private static int ParseLine(string line, int lineNumber, Dictionary<string, long[]> result, SecretRedactor redactor)
        {
            string[] fields = line.Split('|');
            if (fields.Length != 3)
                throw Malformed(lineNumber, line, "it does not have the three fields key|count|lead_ids", redactor);

            string key = fields[0];
            if (!result.TryGetValue(key, out long[]? seen))
                throw Malformed(lineNumber, line, "it answers a key that was not asked about", redactor);
            if (seen != null)
                throw Malformed(lineNumber, line, "it answers a key a second time", redactor);

            if (!int.TryParse(fields[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count))
                throw Malformed(lineNumber, line, "its count is not a number", redactor);

            long[] ids = count == 0 && fields[2].Length == 0 ? Array.Empty<long>() : ParseIds(fields[2]);
            if (ids.Length == 0 && count != 0 || ids.Length != count)
                throw Malformed(lineNumber, line, $"its count {count} disagrees with the lead ids it lists", redactor);

            result[key] = ids;
            return ids.Length;

            long[] ParseIds(string text)
            {
                string[] parts = text.Split('-');
                var parsed = new long[parts.Length];
                for (int i = 0; i < parts.Length; i++)
                {
                    if (!long.TryParse(parts[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out parsed[i]) || parsed[i] <= 0)
                        throw Malformed(lineNumber, line, $"'{redactor.Excerpt(parts[i])}' is not a lead id", redactor);
                }
                return parsed;
            }
        }

        private static VicidialProtocolException Malformed(int lineNumber, string line, string why, SecretRedactor redactor) =>
            new VicidialProtocolException($"Line {lineNumber} of the server's lead_search answer does not fit ({why}): {redactor.Excerpt(line)}");
    }
}
