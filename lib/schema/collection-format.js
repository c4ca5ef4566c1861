// The Postman Collection Format (v2.0.0 and v2.1.0) as TypeBox schemas: the project's own
// rewrite of the official draft-07 schemas (postmanlabs/schemas), definition by definition,
// so that ajv gives the same verdicts and TypeScript gets the types. Every keyword that
// constrains (type, enum, const, required, oneOf/anyOf, minimum, maxLength, $ref) is kept as
// written there; oneOf stays oneOf because the overlap matters (an object that is valid both
// as a request item and as a folder is rejected at the top level). Long descriptions are not
// copied. The two versions differ only in `auth` (attribute arrays in 2.1.0, free objects in
// 2.0.0) and in how the response `header` alternatives are spelled, so both are built here
// by one factory and the version files pick the parts that differ.
import { Type } from '@sinclair/typebox';
import { Def, Enum, Obj, OneOf, PropertiesOnly, StringEnum, Types } from './typebox-helpers.js';
const Opt = Type.Optional;
// ---- definitions that are the same in both versions ----
export const Description = OneOf([
    Obj({ content: Opt(Type.String()), type: Opt(Type.String()), version: Opt(Type.Unknown()) }, { title: 'Description' }),
    Type.String(),
    Type.Null()
], { title: 'Description' });
/** The schema's variable types. The TypeScript type also admits the ones Postman emits (lenient mode accepts them). */
export const VARIABLE_TYPES = ['string', 'boolean', 'any', 'number'];
const VariableType = Type.Unsafe(StringEnum(VARIABLE_TYPES));
export const Variable = Obj({
    id: Opt(Type.String()),
    key: Opt(Type.String()),
    value: Opt(Type.Unknown()),
    type: Opt(VariableType),
    name: Opt(Type.String()),
    description: Opt(Def('description', Description)),
    system: Opt(Type.Boolean()),
    disabled: Opt(Type.Boolean())
}, 
// The official schema lists {id,key} as a third alternative; it adds nothing but is kept.
{ title: 'Variable', anyOf: [{ required: ['id'] }, { required: ['key'] }, { required: ['id', 'key'] }] });
export const VariableList = Type.Array(Def('variable', Variable), { title: 'Variable List' });
export const Version = OneOf([
    Obj({
        major: Type.Integer({ minimum: 0 }),
        minor: Type.Integer({ minimum: 0 }),
        patch: Type.Integer({ minimum: 0 }),
        identifier: Opt(Type.String({ maxLength: 10 })),
        meta: Opt(Type.Unknown())
    }),
    Type.String()
], { title: 'Collection Version' });
export const Info = Obj({
    name: Type.String(),
    _postman_id: Opt(Type.String()),
    description: Opt(Def('description', Description)),
    version: Opt(Def('version', Version)),
    schema: Type.String()
}, { title: 'Information' });
export const AuthAttribute = Obj({ key: Type.String(), value: Opt(Type.Unknown()), type: Opt(Type.String()) }, { title: 'Auth' });
export const Certificate = Obj({
    name: Opt(Type.String()),
    matches: Opt(Type.Array(Type.String())),
    key: Opt(Obj({ src: Opt(Type.Unknown()) })),
    cert: Opt(Obj({ src: Opt(Type.Unknown()) })),
    passphrase: Opt(Type.String())
}, { title: 'Certificate' });
export const CertificateList = Type.Array(Def('certificate', Certificate), { title: 'Certificate List' });
export const Cookie = Obj({
    domain: Type.String(),
    expires: Opt(Types(['string', 'null'])),
    maxAge: Opt(Type.String()),
    hostOnly: Opt(Type.Boolean()),
    httpOnly: Opt(Type.Boolean()),
    name: Opt(Type.String()),
    path: Type.String(),
    secure: Opt(Type.Boolean()),
    session: Opt(Type.Boolean()),
    value: Opt(Type.String()),
    extensions: Opt(Types(['array']))
}, { title: 'Cookie' });
export const CookieList = Type.Array(Def('cookie', Cookie), { title: 'Certificate List' /* sic, as upstream */ });
export const Header = Obj({
    key: Type.String(),
    value: Type.String(),
    disabled: Opt(Type.Boolean()),
    description: Opt(Def('description', Description))
}, { title: 'Header' });
export const HeaderList = Type.Array(Def('header', Header), { title: 'Header List' });
export const ProtocolProfileBehavior = Types(['object'], { title: 'Protocol Profile Behavior' });
export const ProxyConfig = Obj({
    match: Opt(Type.String()),
    host: Opt(Type.String()),
    port: Opt(Type.Integer({ minimum: 0 })),
    tunnel: Opt(Type.Boolean()),
    disabled: Opt(Type.Boolean())
}, { title: 'Proxy Config' });
export const Url = OneOf([
    Obj({
        raw: Opt(Type.String()),
        protocol: Opt(Type.String()),
        host: Opt(OneOf([Type.String(), Type.Array(Type.String())], { title: 'Host' })),
        path: Opt(OneOf([
            Type.String(),
            Type.Array(OneOf([Type.String(), Obj({ type: Opt(Type.String()), value: Opt(Type.String()) })]))
        ])),
        port: Opt(Type.String()),
        query: Opt(Type.Array(Obj({
            key: Opt(Types(['string', 'null'])),
            value: Opt(Types(['string', 'null'])),
            disabled: Opt(Type.Boolean()),
            description: Opt(Def('description', Description))
        }, { title: 'QueryParam' }))),
        hash: Opt(Type.String()),
        // Upstream inlines the array here instead of using variable-list.
        variable: Opt(Type.Array(Def('variable', Variable)))
    }),
    Type.String()
], { title: 'Url' });
export const Script = Obj({
    id: Opt(Type.String()),
    type: Opt(Type.String()),
    exec: Opt(OneOf([Type.Array(Type.String()), Type.String()])),
    src: Opt(Def('url', Url)),
    name: Opt(Type.String())
}, { title: 'Script' });
export const Event = Obj({
    id: Opt(Type.String()),
    listen: Type.String(),
    script: Opt(Def('script', Script)),
    disabled: Opt(Type.Boolean())
}, { title: 'Event' });
export const EventList = Type.Array(Def('event', Event), { title: 'Event List' });
export const HTTP_METHODS = [
    'GET',
    'PUT',
    'POST',
    'PATCH',
    'DELETE',
    'COPY',
    'HEAD',
    'OPTIONS',
    'LINK',
    'UNLINK',
    'PURGE',
    'LOCK',
    'UNLOCK',
    'PROPFIND',
    'VIEW'
];
const FormParameterCommon = {
    key: Type.String(),
    disabled: Opt(Type.Boolean()),
    contentType: Opt(Type.String()),
    description: Opt(Def('description', Description))
};
const FormTextParameter = Type.Object({
    ...FormParameterCommon,
    value: Opt(Type.String()),
    type: Opt(Type.Literal('text'))
});
const FormFileParameter = Type.Object({
    ...FormParameterCommon,
    src: Opt(Types(['array', 'string', 'null'])),
    type: Opt(Type.Literal('file'))
});
// Upstream writes the two branches without `type`: their parent already requires an object.
const FormParameter = Type.Unsafe({
    type: 'object',
    title: 'FormParameter',
    anyOf: [PropertiesOnly(FormTextParameter), PropertiesOnly(FormFileParameter)]
});
export const RequestBody = Obj({
    mode: Opt(Enum(['raw', 'urlencoded', 'formdata', 'file', 'graphql'])),
    raw: Opt(Type.String()),
    graphql: Opt(Types(['object'])),
    urlencoded: Opt(Type.Array(Obj({
        key: Type.String(),
        value: Opt(Type.String()),
        disabled: Opt(Type.Boolean()),
        description: Opt(Def('description', Description))
    }, { title: 'UrlEncodedParameter' }))),
    formdata: Opt(Type.Array(FormParameter)),
    file: Opt(Obj({ src: Opt(OneOf([Type.String(), Type.Null()])), content: Opt(Type.String()) })),
    options: Opt(Types(['object'])),
    disabled: Opt(Type.Boolean())
});
// ---- the auth-dependent part, built once per version ----
export const AUTH_TYPES_V21 = [
    'apikey',
    'awsv4',
    'basic',
    'bearer',
    'digest',
    'edgegrid',
    'hawk',
    'noauth',
    'oauth1',
    'oauth2',
    'ntlm'
];
export const AUTH_TYPES_V20 = [
    'apikey',
    'awsv4',
    'basic',
    'bearer',
    'digest',
    'edgegrid',
    'hawk',
    'ntlm',
    'noauth',
    'oauth1',
    'oauth2'
];
const AUTH_METHODS = [
    'apikey',
    'awsv4',
    'basic',
    'bearer',
    'digest',
    'edgegrid',
    'hawk',
    'ntlm',
    'oauth1',
    'oauth2'
];
/** `auth`: one property per method, each holding that method's attributes in the shape `attributes` gives. */
export function authDefinition(types, attributes) {
    const methods = Object.fromEntries(AUTH_METHODS.map((method) => [method, Opt(attributes)]));
    return Type.Unsafe(Type.Object({ type: StringEnum(types), noauth: Opt(Type.Unknown()), ...methods }, { title: 'Auth' }));
}
/** A folder's properties besides `item`. */
function folderProperties(Auth) {
    return {
        name: Opt(Type.String()),
        description: Opt(Def('description', Description)),
        variable: Opt(Def('variable-list', VariableList)),
        event: Opt(Def('event-list', EventList)),
        auth: Opt(OneOf([Type.Null(), Def('auth', Auth)])),
        protocolProfileBehavior: Opt(Def('protocol-profile-behavior', ProtocolProfileBehavior))
    };
}
export function collectionFormat(parts) {
    const { auth: Auth } = parts;
    const AuthOrNull = () => OneOf([Type.Null(), Def('auth', Auth)]);
    const Request = OneOf([
        Obj({
            url: Opt(Def('url', Url)),
            auth: Opt(AuthOrNull()),
            proxy: Opt(Def('proxy-config', ProxyConfig)),
            certificate: Opt(Def('certificate', Certificate)),
            method: Opt(Type.Union([StringEnum(HTTP_METHODS), Type.String()])),
            description: Opt(Def('description', Description)),
            header: Opt(OneOf([Def('header-list', HeaderList), Type.String()])),
            body: Opt(OneOf([RequestBody, Type.Null()]))
        }, { title: 'Request' }),
        Type.String()
    ], { title: 'Request' });
    const ResponseHeaders = Type.Array(OneOf([Def('header', Header), Type.String({ title: 'Header' })]), {
        title: 'Header'
    });
    const Response = PropertiesOnly(Type.Object({
        id: Opt(Type.String()),
        originalRequest: Opt(Def('request', Request)),
        responseTime: Opt(Types(['null', 'string', 'number'], { title: 'ResponseTime' })),
        timings: Opt(Types(['object', 'null'], { title: 'Response Timings' })),
        header: Opt(Type.Unsafe({
            title: 'Headers',
            oneOf: [ResponseHeaders, ...parts.responseHeaderScalars]
        })),
        cookie: Opt(Type.Array(Def('cookie', Cookie))),
        body: Opt(Types(['null', 'string'])),
        status: Opt(Type.String()),
        code: Opt(Type.Integer())
    }), { title: 'Response' });
    const Item = Obj({
        id: Opt(Type.String()),
        name: Opt(Type.String()),
        description: Opt(Def('description', Description)),
        variable: Opt(Def('variable-list', VariableList)),
        event: Opt(Def('event-list', EventList)),
        request: Def('request', Request),
        response: Opt(Type.Array(Def('response', Response), { title: 'Responses' })),
        protocolProfileBehavior: Opt(Def('protocol-profile-behavior', ProtocolProfileBehavior))
    }, { title: 'Item' });
    // The one recursive definition. Its $id is its own JSON pointer, as upstream writes it, so
    // the self-reference that Type.Recursive emits is the same `$ref` the official schema has.
    // Its TypeScript type is closed by hand (Folder), as TypeBox cannot infer it through Obj.
    const ItemGroup = Type.Unsafe(Type.Recursive((This) => Type.Object({
        ...folderProperties(Auth),
        // anyOf here, oneOf at the top level: upstream's difference, kept.
        item: Type.Array(Type.Union([Def('item', Item), This], { title: 'Items' }))
    }, { title: 'Folder' }), { $id: '#/definitions/item-group' }));
    const definitions = {
        ...parts.extraDefinitions,
        auth: Auth,
        'certificate-list': CertificateList,
        certificate: Certificate,
        'cookie-list': CookieList,
        cookie: Cookie,
        description: Description,
        'event-list': EventList,
        event: Event,
        'header-list': HeaderList,
        header: Header,
        info: Info,
        'item-group': ItemGroup,
        item: Item,
        'protocol-profile-behavior': ProtocolProfileBehavior,
        'proxy-config': ProxyConfig,
        request: Request,
        response: Response,
        script: Script,
        url: Url,
        'variable-list': VariableList,
        variable: Variable,
        version: Version
    };
    const Collection = Obj({
        info: Def('info', Info),
        item: Type.Array(OneOf([Def('item', Item), Def('item-group', ItemGroup)], { title: 'Items' })),
        event: Opt(Def('event-list', EventList)),
        variable: Opt(Def('variable-list', VariableList)),
        auth: Opt(AuthOrNull()),
        protocolProfileBehavior: Opt(Def('protocol-profile-behavior', ProtocolProfileBehavior))
    }, {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: `Postman Collection Format v${parts.version}`,
        definitions
    });
    return { Collection, Request, Response, Item, ItemGroup, Auth };
}
