using System.Collections.Generic;
using System.Linq;
using VicidialLeads.Input;
using VicidialLeads.Protocol;

namespace VicidialLeads.Functions.AddLead
{
    /// <summary>
    /// What is checked of a row before it is sent: a value ending in a lone backslash, which breaks the server's INSERT
    /// (52b: HTTP 500, nothing added), and the values the server would store differently (52), which are sent only by the
    /// user's explicit choice. Custom fields keep what they are given (53), so only their backslash is checked.
    /// </summary>
    internal static class AddLeadChecks
    {
        /// <summary>The values of <paramref name="lead"/> the server would store differently.</summary>
        public static List<LeadFieldChange> Cleaning(LeadToAdd lead, NonLatinSetting nonLatin) =>
            lead.Fields
                .Select(field => new { field, stored = LeadValueCleaner.Predict(field.Key, field.Value, nonLatin.IsOn) })
                .Where(value => value.stored != value.field.Value)
                .Select(value => new LeadFieldChange(0, value.field.Key.ApiName, value.field.Value, value.stored))
                .ToList();

        /// <summary>Why the row cannot be sent at all, or null.</summary>
        public static InputProblem? Backslash(LeadToAdd lead, object target)
        {
            string? field = lead.Fields.Where(value => LeadValueCleaner.HasTrailingBackslash(value.Value)).Select(value => value.Key.ApiName)
                .Concat(lead.CustomFields.Where(value => LeadValueCleaner.HasTrailingBackslash(value.Value)).Select(value => value.Key))
                .FirstOrDefault();
            return field is null ? null : new InputProblem("TrailingBackslash",
                $"Row {lead.Row} ({lead.Describe}) was not sent: the value of {field} ends in a backslash, which makes the server fail (HTTP 500) without adding the lead.",
                target, "Remove the trailing backslash, or double it to store one backslash.");
        }

        /// <summary>The refusal of a row whose values the server would change, naming each; null when there are none.</summary>
        public static InputProblem? Cleaned(LeadToAdd lead, IReadOnlyList<LeadFieldChange> cleaned, NonLatinSetting nonLatin, object target) =>
            cleaned.Count == 0 ? null : new InputProblem("ValueWouldBeChanged",
                $"Row {lead.Row} ({lead.Describe}) was not sent: the server would store {LeadFieldChange.Describe(cleaned)}.{nonLatin.Assumption}",
                target, "Correct the values, or load them as the server stores them with -AllowCleanedValues.");
    }
}
