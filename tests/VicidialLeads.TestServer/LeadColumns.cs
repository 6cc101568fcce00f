using System.Globalization;

namespace VicidialLeads.TestServer;

/// <summary>The columns of <c>vicidial_list</c> that update_lead writes, read and set by name on a <see cref="Lead"/>.</summary>
internal static class LeadColumns
{
    /// <summary>Column names with their lengths, in the order update_lead reads them.</summary>
    public static IReadOnlyList<(string Name, int Length)> Writable { get; } =
    [
        ("status", 6), ("vendor_lead_code", 20), ("source_id", 50), ("title", 4), ("first_name", 30), ("middle_initial", 1),
        ("last_name", 30), ("address1", 100), ("address2", 100), ("address3", 100), ("city", 50), ("state", 2), ("province", 50),
        ("postal_code", 10), ("country_code", 3), ("gender", 1), ("date_of_birth", 10), ("alt_phone", 12), ("email", 70),
        ("security_phrase", 100), ("comments", 255), ("rank", 5), ("owner", 20),
    ];

    /// <summary>
    /// The columns whose form value the server filters before it checks for one (so a value filtered away changes
    /// nothing): the form field, the column and its length. phone_number needs update_phone_number=Y and entry_list_id
    /// is ignored with custom_fields=Y; batch_update_lead takes neither.
    /// </summary>
    public static IReadOnlyList<(string Form, string Name, int Length)> Filtered { get; } =
    [
        ("user_field", "user", 20), ("gmt_offset_now", "gmt_offset_now", 6), ("phone_code", "phone_code", 10),
        ("phone_number", "phone_number", 18), ("called_count", "called_count", 5), ("entry_list_id", "entry_list_id", 14),
    ];

    public static string Get(Lead lead, string name)
    {
        var d = lead.Details ?? LeadDetails.Default;
        return name switch
        {
            "status" => lead.Status,
            "vendor_lead_code" => lead.VendorLeadCode,
            "first_name" => lead.FirstName,
            "last_name" => lead.LastName,
            "list_id" => lead.ListId.ToString(CultureInfo.InvariantCulture),
            "source_id" => d.SourceId,
            "title" => d.Title,
            "middle_initial" => d.MiddleInitial,
            "address1" => d.Address1,
            "address2" => d.Address2,
            "address3" => d.Address3,
            "city" => d.City,
            "state" => d.State,
            "province" => d.Province,
            "postal_code" => d.PostalCode,
            "country_code" => d.CountryCode,
            "gender" => d.Gender,
            "date_of_birth" => d.DateOfBirth,
            "alt_phone" => d.AltPhone,
            "email" => d.Email,
            "security_phrase" => d.SecurityPhrase,
            "comments" => d.Comments,
            "rank" => d.Rank.ToString(CultureInfo.InvariantCulture),
            "owner" => d.Owner,
            "user" => d.User,
            "gmt_offset_now" => LeadDetails.FormatGmtOffset(d.GmtOffsetNow),
            "phone_code" => d.PhoneCode,
            "phone_number" => lead.PhoneNumber,
            "called_count" => d.CalledCount.ToString(CultureInfo.InvariantCulture),
            "entry_list_id" => lead.EntryListId.ToString(CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a writable lead column."),
        };
    }

    public static Lead Set(Lead lead, string name, string value)
    {
        var d = lead.Details ?? LeadDetails.Default;
        return name switch
        {
            "status" => lead with { Status = value },
            "vendor_lead_code" => lead with { VendorLeadCode = value },
            "first_name" => lead with { FirstName = value },
            "last_name" => lead with { LastName = value },
            "list_id" => lead with { ListId = int.Parse(value, CultureInfo.InvariantCulture) },
            "source_id" => lead with { Details = d with { SourceId = value } },
            "title" => lead with { Details = d with { Title = value } },
            "middle_initial" => lead with { Details = d with { MiddleInitial = value } },
            "address1" => lead with { Details = d with { Address1 = value } },
            "address2" => lead with { Details = d with { Address2 = value } },
            "address3" => lead with { Details = d with { Address3 = value } },
            "city" => lead with { Details = d with { City = value } },
            "state" => lead with { Details = d with { State = value } },
            "province" => lead with { Details = d with { Province = value } },
            "postal_code" => lead with { Details = d with { PostalCode = value } },
            "country_code" => lead with { Details = d with { CountryCode = value } },
            "gender" => lead with { Details = d with { Gender = value } },
            "date_of_birth" => lead with { Details = d with { DateOfBirth = value } },
            "alt_phone" => lead with { Details = d with { AltPhone = value } },
            "email" => lead with { Details = d with { Email = value } },
            "security_phrase" => lead with { Details = d with { SecurityPhrase = value } },
            "comments" => lead with { Details = d with { Comments = value } },
            "rank" => lead with { Details = d with { Rank = int.Parse(value, CultureInfo.InvariantCulture) } },
            "owner" => lead with { Details = d with { Owner = value } },
            "user" => lead with { Details = d with { User = value } },
            "gmt_offset_now" => lead with { Details = d with { GmtOffsetNow = decimal.Parse(value, CultureInfo.InvariantCulture) } },
            "phone_code" => lead with { Details = d with { PhoneCode = value } },
            "phone_number" => lead with { PhoneNumber = value },
            "called_count" => lead with { Details = d with { CalledCount = int.Parse(value, CultureInfo.InvariantCulture) } },
            "entry_list_id" => lead with { EntryListId = int.Parse(value, CultureInfo.InvariantCulture) },
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a writable lead column."),
        };
    }
}
