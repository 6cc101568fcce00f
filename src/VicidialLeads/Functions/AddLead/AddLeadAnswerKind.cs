namespace VicidialLeads.Functions.AddLead
{
    /// <summary>What an add_lead answer says about its row.</summary>
    internal enum AddLeadAnswerKind
    {
        /// <summary>SUCCESS: add_lead LEAD HAS BEEN ADDED (50).</summary>
        Added,

        /// <summary>ERROR: add_lead DUPLICATE … (51*).</summary>
        Duplicate,

        /// <summary>ERROR: add_lead PHONE NUMBER IN DNC / IN CAMPAIGN DNC (54, 54b, 54e).</summary>
        InDnc,

        /// <summary>ERROR: add_lead INVALID PHONE NUMBER … (55, 55b, 55d, 55e): the row's number.</summary>
        InvalidPhoneNumber,

        /// <summary>ERROR: add_lead NOT A DEFINED LIST ID (55g) or NOT AN ALLOWED LIST ID (56b): the row's list.</summary>
        ListRefused,
    }
}
