using System;
using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.AddLead
{
    /// <summary>
    /// Reads an add_lead answer: <c>SUCCESS: add_lead LEAD HAS BEEN ADDED - phone|list|lead_id|gmt|user</c> and NOTICE
    /// lines (50, 53, 55f), or the ERROR line that kept the row out: a duplicate with the existing lead (51*), a DNC list
    /// (54*), the phone number (55*) or the list (55g, 56b). Anything else is a protocol error, never a guess: an answer
    /// that is not whole (empty, cut) is transient, so the caller checks whether the lead was added before anything else.
    /// </summary>
    internal static class AddLeadResponseParser
    {
        private const string Success = "SUCCESS: add_lead LEAD HAS BEEN ADDED - ";
        private const string Error = "ERROR: add_lead ";
        private const string Notice = "NOTICE: ";

        public static AddLeadAnswer Parse(string body, SecretRedactor redactor)
        {
            if (body.Length == 0)
                throw new VicidialProtocolException("The server's add_lead answer was empty.");
            // A cut answer may have lost the end of the lead id: it is no answer, and the lead is looked for instead.
            if (body[body.Length - 1] != '\n')
                throw new VicidialProtocolException("The server's add_lead answer was cut off: its last line is incomplete.");
            var notices = new List<string>();
            AddLeadAnswer? answer = null;
            foreach (string raw in body.Split('\n'))
            {
                string line = raw.TrimEnd('\r');
                if (line.Length == 0) continue;
                int notice = line.IndexOf(Notice, StringComparison.Ordinal);
                if (notice >= 0)
                {
                    // A debug line without a newline can come before a NOTICE (57): the notice starts where its prefix is.
                    notices.Add(redactor.Redact(line.Substring(notice + Notice.Length)));
                    continue;
                }
                if (answer != null) continue;
                if (line.StartsWith(Success, StringComparison.Ordinal))
                    answer = Added(line.Substring(Success.Length), redactor);
                else if (line.StartsWith(Error, StringComparison.Ordinal))
                    answer = Refused(line.Substring(Error.Length), redactor);
                else
                    throw new VicidialProtocolException($"The server's add_lead answer was not one the module knows: {redactor.Excerpt(body)}.");
            }
            if (answer is null)
                throw new VicidialProtocolException($"The server's add_lead answer said nothing of the lead: {redactor.Excerpt(body)}.");
            return new AddLeadAnswer(answer.Kind, answer.LeadId, answer.Reason, notices, answer.ExistingListId);
        }

        private static AddLeadAnswer Added(string data, SecretRedactor redactor)
        {
            string[] fields = data.Split('|');
            if (fields.Length < 3 || !TryLeadId(fields[2], out long leadId))
                throw new VicidialProtocolException($"The server's add_lead answer named no lead id: {redactor.Excerpt(data)}.");
            return new AddLeadAnswer(AddLeadAnswerKind.Added, leadId, "LEAD HAS BEEN ADDED", Array.Empty<string>());
        }

        private static AddLeadAnswer Refused(string line, SecretRedactor redactor)
        {
            int dash = line.IndexOf(" - ", StringComparison.Ordinal);
            string reason = dash < 0 ? line : line.Substring(0, dash);
            string[] data = dash < 0 ? Array.Empty<string>() : line.Substring(dash + 3).Split('|');
            if (reason.StartsWith("DUPLICATE ", StringComparison.Ordinal))
            {
                // phone|list|id… for the phone checks, title|alt_phone|list|id… and first|last|phone|list|id… for the others.
                int id = reason.StartsWith("DUPLICATE TITLE", StringComparison.Ordinal) ? 3 : reason.StartsWith("DUPLICATE NAME", StringComparison.Ordinal) ? 4 : 2;
                if (data.Length <= id || !TryLeadId(data[id], out long existing))
                    throw new VicidialProtocolException($"The server's duplicate answer named no lead id: {redactor.Excerpt(line)}.", isTransient: false);
                string? existingList = data.Length > id + 1 && IsListId(data[id + 1]) ? data[id + 1] : null;
                return new AddLeadAnswer(AddLeadAnswerKind.Duplicate, existing, reason, Array.Empty<string>(), existingList);
            }
            if (reason.StartsWith("PHONE NUMBER IN ", StringComparison.Ordinal))
                return new AddLeadAnswer(AddLeadAnswerKind.InDnc, null, reason, Array.Empty<string>());
            if (reason.StartsWith("INVALID PHONE NUMBER", StringComparison.Ordinal))
                return new AddLeadAnswer(AddLeadAnswerKind.InvalidPhoneNumber, null, reason, Array.Empty<string>());
            if (reason.StartsWith("NOT A DEFINED LIST ID", StringComparison.Ordinal) || reason.StartsWith("NOT AN ALLOWED LIST ID", StringComparison.Ordinal))
                return new AddLeadAnswer(AddLeadAnswerKind.ListRefused, null, reason, Array.Empty<string>());
            throw new VicidialProtocolException($"The server refused the lead: {redactor.Redact(reason)}.", isTransient: false);
        }

        private static bool TryLeadId(string text, out long leadId) =>
            long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out leadId) && leadId > 0;

        private static bool IsListId(string text) => text.Length > 0 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }
}
