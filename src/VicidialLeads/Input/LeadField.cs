using System;
using System.Collections.Generic;

namespace VicidialLeads.Input
{
    /// <summary>
    /// One standard lead field that update_lead (and add_lead) take: its VICIdial name, the PowerShell parameter that
    /// sets it, the length of its column in vicidial_list, how the server cleans it and which functions take it.
    /// </summary>
    internal sealed class LeadField
    {
        private LeadField(string apiName, string parameterName, int maxLength, LeadFieldKind kind, string? formName = null,
            bool addLeadTakes = true, bool batchTakes = true)
        {
            ApiName = apiName;
            ParameterName = parameterName;
            MaxLength = maxLength;
            Kind = kind;
            FormName = formName ?? apiName;
            AddLeadTakes = addLeadTakes;
            BatchTakes = batchTakes;
        }

        /// <summary>The field's name in the API and the database, e.g. first_name.</summary>
        public string ApiName { get; }

        /// <summary>
        /// The form field update_lead takes it in: list_id_field moves a lead (list_id there only narrows the search),
        /// user_field sets the user column (user is the API user).
        /// </summary>
        public string FormName { get; }

        /// <summary>Whether add_lead takes the field as a form field of its own name (the phone number comes its own way; the status is NEW).</summary>
        public bool AddLeadTakes { get; }

        /// <summary>Whether batch_update_lead sets the field; the phone number and entry_list_id only update_lead does.</summary>
        public bool BatchTakes { get; }

        /// <summary>
        /// Whether a row's column of this name sets the field. Not the phone number: a row carries it to name the lead,
        /// and its normalised forms would change numbers unasked; only -PhoneNumber changes it.
        /// </summary>
        public bool FromRows => Kind != LeadFieldKind.PhoneNumber;

        /// <summary>The cmdlet parameter, e.g. FirstName.</summary>
        public string ParameterName { get; }

        /// <summary>The column's length; longer values are cut by the server.</summary>
        public int MaxLength { get; }

        public LeadFieldKind Kind { get; }

        /// <summary>Every standard field, in the order vicidial_list holds them.</summary>
        public static IReadOnlyList<LeadField> All { get; } = new[]
        {
            // add_lead sets a new lead's status itself (NEW).
            new LeadField("status", "Status", 6, LeadFieldKind.Code, addLeadTakes: false),
            new LeadField("user", "User", 20, LeadFieldKind.Code, "user_field", addLeadTakes: false),
            new LeadField("vendor_lead_code", "VendorLeadCode", 20, LeadFieldKind.Text),
            new LeadField("source_id", "SourceId", 50, LeadFieldKind.Text),
            new LeadField("list_id", "ListId", 14, LeadFieldKind.Code, "list_id_field"),
            new LeadField("gmt_offset_now", "GmtOffset", 6, LeadFieldKind.Offset, addLeadTakes: false),
            new LeadField("phone_code", "PhoneCode", 10, LeadFieldKind.Digits),
            new LeadField("phone_number", "PhoneNumber", 18, LeadFieldKind.PhoneNumber, addLeadTakes: false, batchTakes: false),
            new LeadField("title", "Title", 4, LeadFieldKind.Latin),
            new LeadField("first_name", "FirstName", 30, LeadFieldKind.Latin),
            new LeadField("middle_initial", "MiddleInitial", 1, LeadFieldKind.Latin),
            new LeadField("last_name", "LastName", 30, LeadFieldKind.Latin),
            new LeadField("address1", "Address1", 100, LeadFieldKind.Latin),
            new LeadField("address2", "Address2", 100, LeadFieldKind.Latin),
            new LeadField("address3", "Address3", 100, LeadFieldKind.Latin),
            new LeadField("city", "City", 50, LeadFieldKind.Latin),
            new LeadField("state", "State", 2, LeadFieldKind.Latin),
            new LeadField("province", "Province", 50, LeadFieldKind.Latin),
            new LeadField("postal_code", "PostalCode", 10, LeadFieldKind.Text),
            new LeadField("country_code", "CountryCode", 3, LeadFieldKind.Text),
            new LeadField("gender", "Gender", 1, LeadFieldKind.Gender),
            new LeadField("date_of_birth", "DateOfBirth", 10, LeadFieldKind.Date),
            new LeadField("alt_phone", "AltPhone", 12, LeadFieldKind.Text),
            new LeadField("email", "Email", 70, LeadFieldKind.Text),
            new LeadField("security_phrase", "SecurityPhrase", 100, LeadFieldKind.Text),
            new LeadField("comments", "Comments", 255, LeadFieldKind.Comments),
            new LeadField("called_count", "CalledCount", 5, LeadFieldKind.Count, addLeadTakes: false),
            new LeadField("rank", "Rank", 5, LeadFieldKind.Number),
            new LeadField("owner", "Owner", 20, LeadFieldKind.Text),
            new LeadField("entry_list_id", "EntryListId", 14, LeadFieldKind.Count, batchTakes: false),
        };

        /// <summary>
        /// The other names CRM exports and web forms give some fields (HubSpot's Email Address, Salesforce's Street and
        /// Zip, a form's DOB), the field's own name first.
        /// </summary>
        private static readonly string[][] Spellings =
        {
            new[] { "first_name", "Forename", "GivenName" },
            new[] { "last_name", "Surname", "FamilyName" },
            new[] { "email", "EmailAddress", "Mail" },
            new[] { "postal_code", "Zip", "ZipCode", "Postcode", "PostCode" },
            new[] { "address1", "Address", "Street", "StreetAddress", "AddressLine1" },
            new[] { "address2", "AddressLine2" },
            new[] { "address3", "AddressLine3" },
            new[] { "city", "Town" },
            new[] { "alt_phone", "AlternatePhone", "AltPhoneNumber" },
            new[] { "comments", "Comment" },
            new[] { "date_of_birth", "DOB", "BirthDate", "Birthday" },
        };

        // After All and Spellings: static fields are set in the order they are written.
        private static readonly Dictionary<string, LeadField> ByName = Index();

        /// <summary>
        /// The field a column or key names, ignoring case, spaces, underscores, dashes and dots: first_name,
        /// "First Name" and FirstName all name first_name, and the common spellings of <see cref="Spellings"/> too
        /// (Zip, "Email Address", Address). Null for anything else.
        /// </summary>
        public static LeadField? Find(string name)
        {
            return ByName.TryGetValue(Squeeze(name), out LeadField? found) ? found : null;
        }

        private static Dictionary<string, LeadField> Index()
        {
            var index = new Dictionary<string, LeadField>(StringComparer.OrdinalIgnoreCase);
            foreach (LeadField field in All)
                index[Squeeze(field.ApiName)] = field;
            foreach (string[] names in Spellings)
            {
                LeadField field = index[Squeeze(names[0])];
                for (int i = 1; i < names.Length; i++)
                    index[Squeeze(names[i])] = field;
            }
            return index;
        }

        private static string Squeeze(string name)
        {
            var chars = new char[name.Length];
            int length = 0;
            foreach (char c in name)
            {
                if (c != ' ' && c != '_' && c != '-' && c != '.')
                    chars[length++] = c;
            }
            return new string(chars, 0, length);
        }

        public override string ToString() => ApiName;
    }
}
