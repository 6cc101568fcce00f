using VicidialLeads.Input;

namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>What an update_lead ERROR about one lead means, in words that say what to do.</summary>
    internal static class LeadChangeErrors
    {
        public static VicidialApiException Of(UpdateLeadAnswer answer, InputValue target)
        {
            string table = target.Archived ? " in the archive" : string.Empty;
            return answer.Kind switch
            {
                UpdateLeadAnswerKind.NotFound => new VicidialLeadUnavailableException(VicidialLeadUnavailableReason.NotFound,
                    $"There is no lead {target.LeadId}{table}; nothing was changed.",
                    (target.Archived ? "Leave out -Archived to change the live lead table." : "If the lead was archived, change it with -Archived, or restore it with Restore-VicidialLead.") +
                    " A lead of a list outside the API user's campaigns is not found either when the user has api_list_restrict set."),
                UpdateLeadAnswerKind.ListNotAllowed => new VicidialLeadUnavailableException(VicidialLeadUnavailableReason.NotVisible,
                    $"Lead {target.LeadId} was not changed: its list (or the list to move it to) is not in a campaign the API user may use. The server answered \"{answer.Line}\".",
                    "In the VICIdial admin, allow the user group the campaign of the list, or turn off the user's api_list_restrict."),
                _ => new VicidialProtocolException(
                    $"Lead {target.LeadId} was not changed: the list to move it to is not defined, and the server checks that (list exists check). The server answered \"{answer.Line}\".",
                    isTransient: false, recommendedAction: "Give a -ListId of a list that exists in the VICIdial admin."),
            };
        }
    }
}
