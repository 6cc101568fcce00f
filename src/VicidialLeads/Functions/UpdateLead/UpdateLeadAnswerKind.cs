namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>What update_lead answered about one lead.</summary>
    internal enum UpdateLeadAnswerKind
    {
        /// <summary>SUCCESS ... LEAD HAS BEEN UPDATED (with its count of changed rows), or custom fields updated.</summary>
        Updated,

        /// <summary>SUCCESS ... LEAD HAS BEEN DELETED.</summary>
        Deleted,

        /// <summary>An empty body: nothing to change (60c).</summary>
        NothingToChange,

        /// <summary>NO MATCHES FOUND: no such lead in the table asked.</summary>
        NotFound,

        /// <summary>NOT AN ALLOWED LIST ID: the lead's list (or the target list) is outside the user's campaigns (api_list_restrict).</summary>
        ListNotAllowed,

        /// <summary>NOT A DEFINED LIST ID: the list to move to does not exist and the server checks that.</summary>
        ListNotDefined,
    }
}
