namespace VicidialLeads.TestServer.Api;

/// <summary>
/// non_agent_api.php: answers one request from its parameters, checking in the order the captures show:
/// <c>version</c> and <c>coffee</c> need no login; then login (20d: before the source check), source (18–20c),
/// the user's allowed functions (17*), and last the function itself with its own permission check (16*).
/// It serves lead_search, lead_all_info, lead_field_info, check_phone_number (for checks of the API), the history reads
/// (phone_number_log, recording_lookup, lead_callback_info), add_dnc_phone and delete_dnc_phone, update_lead,
/// batch_update_lead, lead_dearchive, add_lead and list_custom_fields; any other function gets
/// <c>NO FUNCTION SPECIFIED</c>.
/// </summary>
internal sealed class NonAgentApi(TestServerState state)
{
    private const int MinCredentialLength = 2;
    private const int MinSourceLength = 2;

    private readonly LeadSearch _leadSearch = new(state);
    private readonly LeadAllInfo _leadAllInfo = new(state);
    private readonly DncPhone _dncPhone = new(state);
    private readonly LeadFieldInfo _leadFieldInfo = new(state);
    private readonly PhoneNumberLog _phoneNumberLog = new(state);
    private readonly RecordingLookup _recordingLookup = new(state);
    private readonly LeadCallbackInfo _leadCallbackInfo = new(state);
    private readonly UpdateLead _updateLead = new(state);
    private readonly LeadDearchive _leadDearchive = new(state);
    private readonly BatchUpdateLead _batchUpdateLead = new(state);
    private readonly AddLead _addLead = new(state);
    private readonly ListCustomFields _listCustomFields = new(state);

    public ApiResponse Answer(ApiParameters parameters, string clientAddress)
    {
        var function = parameters.Function;
        switch (function)
        {
            case ApiFunctions.Version:
                return ApiFunctions.VersionAnswer(state.Now);
            case ApiFunctions.Coffee:
                return ApiFunctions.CoffeeAnswer;
        }

        var user = parameters.User;
        var password = VicidialText.Identifier(parameters["pass"]);
        var refusal = RefuseLogin(user, password, clientAddress);
        if (refusal is not null)
        {
            return refusal;
        }

        var source = VicidialText.LettersAndDigits(parameters["source"]);
        if (source.Length < MinSourceLength)
        {
            return ApiResponse.Php($"ERROR: Invalid Source - {source}\nERROR: Invalid Source: |{source}|\n");
        }

        var permissions = state.Users.PermissionsOf(user) ?? throw new InvalidOperationException($"User {user} logged in but has no record.");
        if (!permissions.Allows(function))
        {
            return ApiResponse.Php($"ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |{user}|{function}|\n");
        }

        return function switch
        {
            ApiFunctions.LeadSearch => _leadSearch.Answer(user, permissions, parameters),
            ApiFunctions.LeadAllInfo => _leadAllInfo.Answer(user, permissions, parameters),
            ApiFunctions.AddDncPhone or ApiFunctions.DeleteDncPhone => _dncPhone.Answer(function, user, permissions, parameters),
            ApiFunctions.LeadFieldInfo => _leadFieldInfo.Answer(user, permissions, parameters),
            ApiFunctions.CheckPhoneNumber => CheckPhoneNumber.Answer(user, permissions, parameters),
            ApiFunctions.PhoneNumberLog => _phoneNumberLog.Answer(user, permissions, parameters),
            ApiFunctions.RecordingLookup => _recordingLookup.Answer(user, permissions, parameters),
            ApiFunctions.LeadCallbackInfo => _leadCallbackInfo.Answer(user, permissions, parameters),
            ApiFunctions.UpdateLead => _updateLead.Answer(user, permissions, parameters),
            ApiFunctions.LeadDearchive => _leadDearchive.Answer(user, permissions, parameters),
            ApiFunctions.BatchUpdateLead => _batchUpdateLead.Answer(user, permissions, parameters),
            ApiFunctions.AddLead => _addLead.Answer(user, permissions, parameters),
            ApiFunctions.ListCustomFields => _listCustomFields.Answer(user, permissions, parameters),
            _ => ApiFunctions.NoFunctionSpecified,
        };
    }

    /// <summary>The login error, or <c>null</c> when the user is in.</summary>
    private ApiResponse? RefuseLogin(string user, string password, string clientAddress)
    {
        var outcome = state.Users.Login(user, password, state.Now);
        if (outcome == LoginOutcome.Good && user.Length >= MinCredentialLength && password.Length >= MinCredentialLength)
        {
            return null;
        }

        state.Statistics.LoginFailed(user);
        return outcome switch
        {
            LoginOutcome.Locked => ApiResponse.Php($"ERROR: Too many login attempts, try again in 15 minutes: |{user}|LOCK|\n"),
            LoginOutcome.IpBlocked => ApiResponse.Php($"ERROR: Your IP Address is not allowed: {clientAddress}: |{user}|IPBLOCK|\n"),
            _ => ApiResponse.Php($"ERROR: Login incorrect, please try again: |{user}|{password}|BAD|\n"),
        };
    }
}
