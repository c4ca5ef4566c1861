// Postman Collection Format v2.1.0 (mirrors schemas/draft-07/v2.1.0 of postmanlabs/schemas).
import { Type } from '@sinclair/typebox';
import { AUTH_TYPES_V21, AuthAttribute, authDefinition, collectionFormat } from './collection-format.js';
import { Def, Types } from './typebox-helpers.js';
// In 2.1.0 every auth method holds a list of {key, value, type} attributes.
const AuthV21 = authDefinition(AUTH_TYPES_V21, Type.Array(Def('auth-attribute', AuthAttribute)));
const v21 = collectionFormat({
    version: '2.1.0',
    auth: AuthV21,
    responseHeaderScalars: [Types(['string', 'null'])],
    extraDefinitions: { 'auth-attribute': AuthAttribute }
});
export const CollectionV21Schema = v21.Collection;
export const RequestV21Schema = v21.Request;
export const ItemV21Schema = v21.Item;
export const ItemGroupV21Schema = v21.ItemGroup;
export const ResponseV21Schema = v21.Response;
export const AuthV21Schema = v21.Auth;
