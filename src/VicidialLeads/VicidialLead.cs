using System;
using System.Collections;
using System.Collections.Specialized;
using System.Globalization;
using System.Management.Automation;

namespace VicidialLeads
{
    /// <summary>A whole VICIdial lead, as lead_all_info returns it, with typed standard fields and any custom fields.</summary>
    public sealed class VicidialLead
    {
        /// <summary>
        /// Builds a lead from fields named as the API names them (lead_id, phone_number, first_name, ...); public so
        /// that tests of scripts can stand in for Get-VicidialLead. Custom fields keep their order.
        /// </summary>
        public VicidialLead(IDictionary fields, IDictionary? customFields = null, bool archived = false)
        {
            if (fields is null) throw new ArgumentNullException(nameof(fields));
            string Text(string name) => fields.Contains(name) ? Convert.ToString(fields[name], CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;

            LeadId = ParseLong(Text("lead_id"), "lead_id");
            Status = Text("status");
            User = Text("user");
            VendorLeadCode = Text("vendor_lead_code");
            SourceId = Text("source_id");
            ListId = ParseLong(Text("list_id"), "list_id");
            GmtOffsetNow = ParseDecimal(Text("gmt_offset_now"), "gmt_offset_now");
            PhoneCode = Text("phone_code");
            PhoneNumber = Text("phone_number");
            Title = Text("title");
            FirstName = Text("first_name");
            MiddleInitial = Text("middle_initial");
            LastName = Text("last_name");
            Address1 = Text("address1");
            Address2 = Text("address2");
            Address3 = Text("address3");
            City = Text("city");
            State = Text("state");
            Province = Text("province");
            PostalCode = Text("postal_code");
            CountryCode = Text("country_code");
            Gender = Text("gender");
            DateOfBirth = ParseDate(Text("date_of_birth"), "date_of_birth");
            AltPhone = Text("alt_phone");
            Email = Text("email");
            SecurityPhrase = Text("security_phrase");
            Comments = Text("comments");
            CalledCount = (int)ParseLong(Text("called_count"), "called_count");
            LastLocalCallTime = ParseDate(Text("last_local_call_time"), "last_local_call_time");
            Rank = (int)ParseLong(Text("rank"), "rank");
            Owner = Text("owner");
            EntryListId = ParseLong(Text("entry_list_id"), "entry_list_id");
            Archived = archived;

            var custom = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            if (customFields != null)
            {
                foreach (DictionaryEntry entry in customFields)
                    custom[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = Convert.ToString(entry.Value, CultureInfo.InvariantCulture) ?? string.Empty;
            }
            CustomFields = custom.AsReadOnly();
        }

        public long LeadId { get; }
        public string Status { get; }
        public string User { get; }
        public string VendorLeadCode { get; }
        public string SourceId { get; }
        public long ListId { get; }
        public decimal GmtOffsetNow { get; }
        public string PhoneCode { get; }
        public string PhoneNumber { get; }
        public string Title { get; }
        public string FirstName { get; }
        public string MiddleInitial { get; }
        public string LastName { get; }
        public string Address1 { get; }
        public string Address2 { get; }
        public string Address3 { get; }
        public string City { get; }
        public string State { get; }
        public string Province { get; }
        public string PostalCode { get; }
        public string CountryCode { get; }
        public string Gender { get; }
        public DateTime? DateOfBirth { get; }
        public string AltPhone { get; }
        public string Email { get; }
        public string SecurityPhrase { get; }
        public string Comments { get; }
        public int CalledCount { get; }
        public DateTime? LastLocalCallTime { get; }
        public int Rank { get; }
        public string Owner { get; }
        public long EntryListId { get; }

        /// <summary>True when the lead was read from the archive table.</summary>
        public bool Archived { get; }

        /// <summary>
        /// The custom fields of the lead's list, in the server's order; empty when none were asked for or exist. Hidden, so
        /// Export-Csv writes no type-name column for it (Get-VicidialLead adds each custom field as a property of its own).
        /// </summary>
        [Hidden]
        public OrderedDictionary CustomFields { get; }

        public override string ToString() =>
            $"Lead {LeadId}: {string.Join(" ", new[] { FirstName, LastName }).Trim()} {PhoneNumber} ({Status}, list {ListId})".Replace("  ", " ");

        private static long ParseLong(string text, string field)
        {
            if (text.Length == 0) return 0;
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)) return value;
            throw new FormatException($"The lead's {field} '{text}' is not a whole number.");
        }

        private static decimal ParseDecimal(string text, string field)
        {
            if (text.Length == 0) return 0;
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)) return value;
            throw new FormatException($"The lead's {field} '{text}' is not a number.");
        }

        /// <summary>VICIdial writes an unknown date as 0000-00-00 (and an unknown time as 0000-00-00 00:00:00).</summary>
        private static DateTime? ParseDate(string text, string field)
        {
            if (text.Length == 0 || text.StartsWith("0000-00-00", StringComparison.Ordinal)) return null;
            string[] formats = { "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" };
            if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime value)) return value;
            throw new FormatException($"The lead's {field} '{text}' is not a date.");
        }
    }
}
