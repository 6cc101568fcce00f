using System;
using System.Collections.Generic;
using System.Text;

namespace VicidialLeads.Input
{
    /// <summary>
    /// Finds a column by name in a row of any shape: names compare ignoring case, spaces, underscores, dashes and
    /// dots (so "Phone Number", "phone_number" and "PHONE-NUMBER " are one name), and the first name of one precedence
    /// list that the row has wins. The cmdlets hand it the row's column names; it knows nothing of PowerShell.
    /// </summary>
    internal sealed class ColumnResolver
    {
        /// <summary>
        /// The phone number columns, in precedence order: VICIdial's own, then the names of CRM exports (HubSpot's Mobile Phone
        /// Number, Dynamics' Business Phone, Home Phone and Mobile Phone, Salesforce's MobilePhone, HomePhone and OtherPhone).
        /// Number is generic (an account or customer number as often as a phone): it is read only when no other name is there.
        /// </summary>
        public static readonly ColumnResolver PhoneNumber = new ColumnResolver("phone number", new[] { "Number" },
            "phone_number", "PhoneNumber", "Phone", "Number", "Mobile", "MobilePhone", "MobileNumber", "MobilePhoneNumber", "Cell", "CellPhone",
            "CellNumber", "Telephone", "TelephoneNumber", "Tel", "Home", "HomePhone", "HomePhoneNumber", "Work", "WorkPhone", "WorkPhoneNumber",
            "BusinessPhone", "BusinessPhoneNumber", "OtherPhone", "OtherPhoneNumber");

        /// <summary>The lead id columns (a LeadIds column holds dash-joined ids, as search results export them).</summary>
        public static readonly ColumnResolver LeadId = new ColumnResolver("lead id", "LeadIds", "lead_id", "LeadId");

        /// <summary>The vendor lead code column.</summary>
        public static readonly ColumnResolver VendorLeadCode = new ColumnResolver("vendor lead code", "vendor_lead_code", "VendorLeadCode");

        /// <summary>The archive flag of a search result, kept through Export-Csv.</summary>
        public static readonly ColumnResolver Archived = new ColumnResolver("archived flag", "Archived");

        private readonly string[] _normalized;
        private readonly HashSet<string> _generic;

        private ColumnResolver(string what, params string[] names) : this(what, Array.Empty<string>(), names)
        {
        }

        private ColumnResolver(string what, string[] generic, params string[] names)
        {
            What = what;
            _generic = new HashSet<string>(Array.ConvertAll(generic, Normalize), StringComparer.Ordinal);
            Names = names;
            var normalized = new List<string>();
            foreach (string name in names)
            {
                string key = Normalize(name);
                if (!normalized.Contains(key)) normalized.Add(key);
            }
            _normalized = normalized.ToArray();
        }

        /// <summary>What the columns hold, for messages ("phone number").</summary>
        public string What { get; }

        /// <summary>The accepted names in precedence order, for messages and help.</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>The accepted names, for messages: "phone_number, PhoneNumber, Phone, ...".</summary>
        public string NameList => string.Join(", ", Names);

        /// <summary>
        /// The column to read: with <paramref name="explicitName"/>, that column (by exact name, else by normalized
        /// name); otherwise the first accepted name the row has. Null when the row has none.
        /// </summary>
        public ColumnChoice? Choose(IReadOnlyList<string> columns, string? explicitName = null)
        {
            if (explicitName != null)
            {
                for (int i = 0; i < columns.Count; i++)
                {
                    if (string.Equals(columns[i], explicitName, StringComparison.OrdinalIgnoreCase))
                        return new ColumnChoice(i, columns[i], Array.Empty<string>());
                }
                string wanted = Normalize(explicitName);
                for (int i = 0; i < columns.Count; i++)
                {
                    if (Normalize(columns[i]) == wanted)
                        return new ColumnChoice(i, columns[i], Array.Empty<string>());
                }
                return null;
            }

            int best = -1, bestRank = int.MaxValue;
            var ranks = new int[columns.Count];
            for (int i = 0; i < columns.Count; i++)
            {
                ranks[i] = Array.IndexOf(_normalized, Normalize(columns[i]));
                if (ranks[i] >= 0 && ranks[i] < bestRank)
                {
                    best = i;
                    bestRank = ranks[i];
                }
            }
            if (best < 0) return null;

            var passedOver = new List<string>();
            for (int i = 0; i < columns.Count; i++)
            {
                if (i != best && ranks[i] >= 0) passedOver.Add(columns[i]);
            }
            return new ColumnChoice(best, columns[best], passedOver);
        }

        /// <summary>
        /// Every column to read, in the row's order: with <paramref name="explicitNames"/>, those columns (each must be
        /// there: <paramref name="missing"/> names the first that is not); otherwise every column with an accepted name,
        /// generic names only when no other is there. Empty when the row has none.
        /// </summary>
        public List<ColumnChoice> ChooseAll(IReadOnlyList<string> columns, IReadOnlyList<string>? explicitNames, out string? missing)
        {
            missing = null;
            var chosen = new List<ColumnChoice>();
            if (explicitNames != null && explicitNames.Count > 0)
            {
                foreach (string name in explicitNames)
                {
                    ColumnChoice? choice = Choose(columns, name);
                    if (choice is null)
                    {
                        missing = name;
                        return new List<ColumnChoice>();
                    }
                    if (!chosen.Exists(c => c.Index == choice.Index)) chosen.Add(choice);
                }
                chosen.Sort((a, b) => a.Index.CompareTo(b.Index));
                return chosen;
            }

            var generic = new List<ColumnChoice>();
            for (int i = 0; i < columns.Count; i++)
            {
                string key = Normalize(columns[i]);
                if (Array.IndexOf(_normalized, key) < 0) continue;
                (_generic.Contains(key) ? generic : chosen).Add(new ColumnChoice(i, columns[i], Array.Empty<string>()));
            }
            return chosen.Count > 0 ? chosen : generic;
        }

        /// <summary>A column name without case, spaces, underscores, dashes or dots.</summary>
        public static string Normalize(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                if (char.IsWhiteSpace(c) || c == '_' || c == '-' || c == '.') continue;
                builder.Append(char.ToLowerInvariant(c));
            }
            return builder.ToString();
        }
    }
}
