using System;
using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>
    /// Reads update_lead answers (captures 60–68): SUCCESS lines with the rows changed (user|lead_id|rows|||), NOTICE lines
    /// about custom fields, an empty body for nothing to change, and the ERROR lines about one lead. Anything else is a
    /// <see cref="VicidialProtocolException"/>, never a guess.
    /// </summary>
    internal static class UpdateLeadResponseParser
    {
        private const string Updated = "SUCCESS: update_lead LEAD HAS BEEN UPDATED - ";
        private const string Deleted = "SUCCESS: update_lead LEAD HAS BEEN DELETED";
        private const string CustomUpdated = "NOTICE: update_lead CUSTOM FIELDS VALUES UPDATED";

        public static UpdateLeadAnswer Parse(string body, SecretRedactor redactor)
        {
            if (body.Length == 0)
                return new UpdateLeadAnswer(UpdateLeadAnswerKind.NothingToChange, 0, string.Empty, Array.Empty<string>());
            if (body[body.Length - 1] != '\n')
                throw new VicidialProtocolException($"The server's update_lead answer was cut short ({redactor.Excerpt(body)}); the change is sent again, which is harmless.");
            string[] lines = body.TrimEnd('\n').Split('\n');
            string first = lines[0];
            var notices = new List<string>();
            bool customUpdated = false;
            foreach (string line in lines)
            {
                if (line.StartsWith(CustomUpdated, StringComparison.Ordinal)) customUpdated = true;
                else if (line.StartsWith("NOTICE:", StringComparison.Ordinal)) notices.Add(redactor.Redact(line));
            }

            if (first.StartsWith(Updated, StringComparison.Ordinal))
            {
                string[] parts = first.Substring(Updated.Length).Split('|');
                if (parts.Length < 3 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int rows))
                    throw Unexpected(body, redactor);
                return new UpdateLeadAnswer(UpdateLeadAnswerKind.Updated, rows + (customUpdated ? 1 : 0), first, notices, customUpdated);
            }
            if (first.StartsWith(Deleted, StringComparison.Ordinal))
                return new UpdateLeadAnswer(UpdateLeadAnswerKind.Deleted, 1, first, notices);
            if (first.StartsWith(CustomUpdated, StringComparison.Ordinal))
                return new UpdateLeadAnswer(UpdateLeadAnswerKind.Updated, 1, first, notices, customUpdated: true);
            if (first.StartsWith("NOTICE: update_lead", StringComparison.Ordinal))
                return new UpdateLeadAnswer(UpdateLeadAnswerKind.Updated, 0, first, notices);
            if (first.StartsWith("ERROR: update_lead NO MATCHES FOUND", StringComparison.Ordinal))
                return new UpdateLeadAnswer(UpdateLeadAnswerKind.NotFound, 0, first, notices);
            if (first.StartsWith("ERROR: update_lead NOT AN ALLOWED LIST ID", StringComparison.Ordinal))
                return new UpdateLeadAnswer(UpdateLeadAnswerKind.ListNotAllowed, 0, first, notices);
            if (first.StartsWith("ERROR: update_lead NOT A DEFINED LIST ID", StringComparison.Ordinal))
                return new UpdateLeadAnswer(UpdateLeadAnswerKind.ListNotDefined, 0, first, notices);
            throw Unexpected(body, redactor);
        }

        private static VicidialProtocolException Unexpected(string body, SecretRedactor redactor) =>
            new VicidialProtocolException($"The server answered update_lead with {redactor.Excerpt(body)}, which is not an update_lead answer.", isTransient: false);
    }
}
