using System.Globalization;

namespace VicidialLeads.TestServer;

/// <summary>
/// The columns of a lead that only lead_all_info prints. Defaults are what a lead loaded without them shows:
/// empty text, <c>gmt_offset_now</c> 0.00, <c>phone_code</c> 1, <c>gender</c> U, counts 0.
/// Values are printed as they are, never escaped, like the real server does.
/// </summary>
public sealed record LeadDetails
{
    /// <summary>The details of a lead nothing more is known about.</summary>
    public static LeadDetails Default { get; } = new();

    /// <summary>user: the agent who last handled the lead.</summary>
    public string User { get; init; } = string.Empty;

    /// <summary>source_id.</summary>
    public string SourceId { get; init; } = string.Empty;

    /// <summary>gmt_offset_now, a DECIMAL(4,2): printed with two decimals, e.g. -5.00.</summary>
    public decimal GmtOffsetNow { get; init; }

    /// <summary>phone_code.</summary>
    public string PhoneCode { get; init; } = "1";

    /// <summary>title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>middle_initial.</summary>
    public string MiddleInitial { get; init; } = string.Empty;

    /// <summary>address1.</summary>
    public string Address1 { get; init; } = string.Empty;

    /// <summary>address2.</summary>
    public string Address2 { get; init; } = string.Empty;

    /// <summary>address3.</summary>
    public string Address3 { get; init; } = string.Empty;

    /// <summary>city.</summary>
    public string City { get; init; } = string.Empty;

    /// <summary>state.</summary>
    public string State { get; init; } = string.Empty;

    /// <summary>province.</summary>
    public string Province { get; init; } = string.Empty;

    /// <summary>postal_code.</summary>
    public string PostalCode { get; init; } = string.Empty;

    /// <summary>country_code.</summary>
    public string CountryCode { get; init; } = string.Empty;

    /// <summary>gender: M, F or U.</summary>
    public string Gender { get; init; } = "U";

    /// <summary>date_of_birth as printed (YYYY-MM-DD), or empty.</summary>
    public string DateOfBirth { get; init; } = string.Empty;

    /// <summary>alt_phone.</summary>
    public string AltPhone { get; init; } = string.Empty;

    /// <summary>email.</summary>
    public string Email { get; init; } = string.Empty;

    /// <summary>security_phrase.</summary>
    public string SecurityPhrase { get; init; } = string.Empty;

    /// <summary>comments.</summary>
    public string Comments { get; init; } = string.Empty;

    /// <summary>called_count.</summary>
    public int CalledCount { get; init; }

    /// <summary>last_local_call_time as printed (YYYY-MM-DD HH:MM:SS), or empty.</summary>
    public string LastLocalCallTime { get; init; } = string.Empty;

    /// <summary>rank.</summary>
    public int Rank { get; init; }

    /// <summary>owner.</summary>
    public string Owner { get; init; } = string.Empty;

    /// <summary>A DECIMAL(4,2) as MySQL prints it: always two decimals.</summary>
    internal static string FormatGmtOffset(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
