using System;
using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Input;
using VicidialLeads.Protocol;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>
    /// What lead_all_info's ERROR lines mean: a lead the server does not have, a lead of a list the user may not see,
    /// or an answer that is no answer. A one-line ERROR answer concerns the whole question; ERROR lines among records
    /// concern one lead each.
    /// </summary>
    internal static class LeadAllInfoErrors
    {
        private const string NotVisibleAction = "In the VICIdial admin, allow the API user's user group the campaign that holds the lead's list.";

        /// <summary>The blocks of an answer, or null when the server has no such lead; throws for an answer that is an error.</summary>
        public static List<LeadBlock>? Parse(string body, LeadAllInfoStage stage, IApiTransport client)
        {
            bool oneLine = body.IndexOf('\n') == body.Length - 1;
            ServerErrorLine error = oneLine ? ServerErrorParser.Classify(body) : ServerErrorLine.None;
            if (error == ServerErrorLine.None)
                return LeadAllInfoParser.Parse(body, stage, client.Redactor);
            if (error == ServerErrorLine.LeadNotFound)
                return null;
            if (IsNotVisible(body))
                throw NotVisible(body, client);
            throw new VicidialProtocolException($"The server answered lead_all_info with an error: {ServerErrorParser.Reason(body, client.Redactor)}.", isTransient: false);
        }

        /// <summary>The reason for an ERROR line printed in place of one lead of <paramref name="query"/>.</summary>
        public static VicidialLeadUnavailableException Unavailable(InputValue query, string errorLine, IApiTransport client) =>
            ServerErrorParser.Classify(errorLine) == ServerErrorLine.LeadNotFound
                ? new VicidialLeadUnavailableException(VicidialLeadUnavailableReason.NotFound, $"The server did not give one lead of {query.Describe}: {ServerErrorParser.Reason(errorLine, client.Redactor)}.")
                : IsNotVisible(errorLine)
                    ? NotVisible(errorLine, client)
                    : throw new VicidialProtocolException($"The server printed an error among the leads of {query.Describe}: {ServerErrorParser.Reason(errorLine, client.Redactor)}.", isTransient: false);

        /// <summary>No lead answers <paramref name="query"/> in the table that was read.</summary>
        public static VicidialLeadUnavailableException NotFound(InputValue query)
        {
            string table = query.Archived ? " in the archive" : string.Empty;
            if (query.LeadId is long id && id.ToString(CultureInfo.InvariantCulture).Length >= LeadIdRules.PhoneLikeDigits)
            {
                // A ten-digit "lead id" is far more often a phone number given where a lead id was expected.
                return new VicidialLeadUnavailableException(VicidialLeadUnavailableReason.NotFound,
                    $"There is no lead {id}{table}. {id} looks like a phone number: to read the leads of a phone number, use -PhoneNumber {id}.",
                    $"Run Get-VicidialLead -PhoneNumber {id} to read the leads of that phone number.");
            }
            string message = query.LeadId.HasValue
                ? $"There is no lead {query.LeadId}{table}."
                : $"No lead{table} has phone number {query.Key}.";
            return new VicidialLeadUnavailableException(VicidialLeadUnavailableReason.NotFound, message,
                query.Archived ? "Leave out -Archived to read the live lead table." : "If the lead was archived, read it with -Archived.");
        }

        /// <summary>A lead the server fails on both with lead_all_info and field by field.</summary>
        public static VicidialLeadUnavailableException Unreadable(long leadId, VicidialApiException failure) =>
            new VicidialLeadUnavailableException(VicidialLeadUnavailableReason.ServerFailure,
                $"Lead {leadId} could not be read: the server answers HTTP 500 for it, as VICIdial does on PHP 8 for a lead with a quote (') in a field, " +
                $"because it writes every answer to its API log (vicidial_api_log) with SQL that does not escape quotes. Reading it field by field with lead_field_info failed too: {failure.Message}",
                "Ask the VICIdial server's admin to remove the quote from the lead's fields in the admin pages (or to update non_agent_api.php so that its API log escapes values), then read the lead again.");

        /// <summary>Errors about one lead's list (not about the user as a whole, which stop the work earlier).</summary>
        private static bool IsNotVisible(string errorLine) =>
            errorLine.IndexOf("LIST NOT FOUND", StringComparison.Ordinal) >= 0 ||
            errorLine.IndexOf("NOT ALLOWED", StringComparison.OrdinalIgnoreCase) >= 0 ||
            errorLine.IndexOf("PERMISSION", StringComparison.Ordinal) >= 0;

        private static VicidialLeadUnavailableException NotVisible(string errorLine, IApiTransport client) =>
            new VicidialLeadUnavailableException(VicidialLeadUnavailableReason.NotVisible,
                $"User '{client.User}' may not see this lead's list: the server answered \"{ServerErrorParser.Reason(errorLine, client.Redactor)}\". " +
                "In the VICIdial admin, the user's group must be allowed the campaign that holds the list.", NotVisibleAction);
    }
}
