using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Globalization;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>
    /// Reads lead_all_info answers requested with header=YES. The server prints values raw: a delimiter inside
    /// a value adds a field and a newline splits the record's line. Because the header repeats before every
    /// record, everything between two headers is one record whatever it holds; a record that splits into more
    /// fields than its header is reported as ambiguous so the caller can ask again with another delimiter.
    /// </summary>
    internal static class LeadAllInfoParser
    {
        /// <summary>The standard fields, in the order the server prints them.</summary>
        public static readonly string[] StandardFields =
        {
            "status", "user", "vendor_lead_code", "source_id", "list_id", "gmt_offset_now", "phone_code", "phone_number",
            "title", "first_name", "middle_initial", "last_name", "address1", "address2", "address3", "city", "state",
            "province", "postal_code", "country_code", "gender", "date_of_birth", "alt_phone", "email", "security_phrase",
            "comments", "called_count", "last_local_call_time", "rank", "owner", "entry_list_id", "lead_id",
        };

        private const int CommentsIndex = 25;

        public static string StageName(LeadAllInfoStage stage) => stage switch
        {
            LeadAllInfoStage.Tab => "tab",
            LeadAllInfoStage.Csv => "csv",
            _ => "pipe",
        };

        public static char Delimiter(LeadAllInfoStage stage) => stage switch
        {
            LeadAllInfoStage.Tab => '\t',
            LeadAllInfoStage.Csv => ',',
            _ => '|',
        };

        public static List<LeadBlock> Parse(string body, LeadAllInfoStage stage, SecretRedactor redactor)
        {
            if (body.Length == 0)
                throw new VicidialProtocolException("The server's lead_all_info answer was empty.");
            if (body[body.Length - 1] != '\n')
                throw new VicidialProtocolException("The server's lead_all_info answer was cut off: its last line is incomplete.");

            char delimiter = Delimiter(stage);
            string headerStart = string.Join(delimiter.ToString(), StandardFields, 0, 4) + delimiter;
            var response = new List<LeadBlock>();
            string[]? header = null;
            var record = new List<string>();

            foreach (string line in body.Substring(0, body.Length - 1).Split('\n'))
            {
                if (IsErrorLine(line, expectingRecordStart: header is null || record.Count == 0))
                {
                    // An error printed in place of one lead (after its header, or instead of it): the leads around it still count.
                    if (record.Count > 0)
                        Complete(response, header, record, delimiter, redactor);
                    response.Add(new LeadBlock(Array.Empty<string>(), line, null, line));
                    header = null;
                }
                else if (line.StartsWith(headerStart, StringComparison.Ordinal))
                {
                    Complete(response, header, record, delimiter, redactor);
                    header = line.Split(delimiter);
                    if (!StartsWithStandardFields(header))
                        throw new VicidialProtocolException("The server's lead_all_info header does not list the standard lead fields.");
                }
                else if (header is null)
                {
                    throw new VicidialProtocolException($"A lead_all_info record is not preceded by its header line: {redactor.Excerpt(line)}");
                }
                else
                {
                    record.Add(line);
                }
            }
            Complete(response, header, record, delimiter, redactor);
            return response;
        }

        /// <summary>A record as a lead: the standard fields by name, the rest as its custom fields, in the server's order.</summary>
        public static VicidialLead ToLead(LeadRecord record, bool archived)
        {
            var standard = new Dictionary<string, string>(StringComparer.Ordinal);
            var custom = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < record.Names.Count; i++)
            {
                if (i < StandardFields.Length) standard[record.Names[i]] = record.Values[i];
                else custom[record.Names[i]] = record.Values[i];
            }
            try
            {
                return new VicidialLead(standard, custom, archived);
            }
            catch (FormatException exception)
            {
                throw new VicidialProtocolException(exception.Message, isTransient: false);
            }
        }

        /// <summary>The record's lead id, or 0 when it has none that reads as one.</summary>
        public static long LeadIdOf(LeadRecord record) =>
            long.TryParse(Value(record, "lead_id"), NumberStyles.None, CultureInfo.InvariantCulture, out long id) ? id : 0;

        /// <summary>The value of field <paramref name="name"/>, or empty when the record has no such field.</summary>
        public static string Value(LeadRecord record, string name)
        {
            for (int i = 0; i < record.Names.Count; i++)
            {
                if (record.Names[i] == name) return record.Values[i];
            }
            return string.Empty;
        }

        private static void Complete(List<LeadBlock> response, string[]? header, List<string> lines, char delimiter, SecretRedactor redactor)
        {
            if (header is null) return;
            if (lines.Count == 0)
                throw new VicidialProtocolException("The server's lead_all_info answer has a header without a record.");

            string text = string.Join("\n", lines);
            lines.Clear();
            string[] values = text.Split(delimiter);
            if (values.Length == header.Length)
                response.Add(new LeadBlock(header, text, new LeadRecord(header, values)));
            else if (values.Length > header.Length)
                response.Add(new LeadBlock(header, text, null));
            else
                throw new VicidialProtocolException($"A lead_all_info record has {values.Length} fields where its header names {header.Length}: {redactor.Excerpt(text)}");
        }

        /// <summary>
        /// The last resort for a record whose values hold every delimiter: the fields before and after the
        /// comments are placed from both ends, and what is left over is the comments, the one free-text field
        /// agents write in. Null when the placed fields do not look like theirs (lead id, counts, dates).
        /// </summary>
        public static LeadRecord? ResolveByComments(string[] header, string text, char delimiter)
        {
            string[] pieces = text.Split(delimiter);
            int extra = pieces.Length - header.Length;
            if (extra <= 0 || header.Length <= CommentsIndex) return null;

            var values = new string[header.Length];
            Array.Copy(pieces, 0, values, 0, CommentsIndex);
            values[CommentsIndex] = string.Join(delimiter.ToString(), pieces, CommentsIndex, extra + 1);
            Array.Copy(pieces, CommentsIndex + extra + 1, values, CommentsIndex + 1, header.Length - CommentsIndex - 1);

            bool plausible = IsDigits(values[4]) && IsDigits(values[26]) && IsDigits(values[30]) && IsDigits(values[31]) &&
                             (values[27].Length == 0 || values[27].Length == 19) && (values[21].Length == 0 || values[21].Length == 10);
            return plausible ? new LeadRecord(header, values) : null;
        }

        /// <summary>
        /// An ERROR line in place of a lead. Inside a record (a value that spans lines) only the function's own error
        /// prefix counts, so a comment line that merely starts with "ERROR:" stays part of its value.
        /// </summary>
        private static bool IsErrorLine(string line, bool expectingRecordStart) =>
            line.StartsWith("ERROR: lead_all_info", StringComparison.Ordinal) ||
            (expectingRecordStart && line.StartsWith("ERROR:", StringComparison.Ordinal));

        private static bool StartsWithStandardFields(string[] header)
        {
            if (header.Length < StandardFields.Length) return false;
            for (int i = 0; i < StandardFields.Length; i++)
            {
                if (header[i] != StandardFields[i]) return false;
            }
            return true;
        }

        private static bool IsDigits(string text)
        {
            if (text.Length == 0) return false;
            foreach (char c in text)
            {
                if (c < '0' || c > '9') return false;
            }
            return true;
        }
    }
}
