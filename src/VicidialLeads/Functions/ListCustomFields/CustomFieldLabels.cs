using System;
using System.Collections.Generic;

namespace VicidialLeads.Functions.ListCustomFields
{
    /// <summary>A list's custom field labels as list_custom_fields gives them, or why they are not known.</summary>
    internal sealed class CustomFieldLabels
    {
        private CustomFieldLabels(IReadOnlyList<string>? labels, string? notKnown)
        {
            Labels = labels ?? Array.Empty<string>();
            NotKnown = notKnown;
        }

        /// <summary>The labels (empty for a list without custom fields, or when not known).</summary>
        public IReadOnlyList<string> Labels { get; }

        /// <summary>Why the labels could not be read (the user lacks modify_lists, the list is not defined ...); null when read.</summary>
        public string? NotKnown { get; }

        public static CustomFieldLabels Read(IReadOnlyList<string> labels) => new CustomFieldLabels(labels, null);

        public static CustomFieldLabels Unknown(string why) => new CustomFieldLabels(null, why);

        /// <summary>The label a column names, ignoring case, or null.</summary>
        public string? Find(string column)
        {
            foreach (string label in Labels)
            {
                if (string.Equals(label, column, StringComparison.OrdinalIgnoreCase)) return label;
            }
            return null;
        }
    }
}
