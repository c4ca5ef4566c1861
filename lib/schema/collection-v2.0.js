import { AUTH_TYPES_V20, authDefinition, collectionFormat } from './collection-format.js';
import { Types } from './typebox-helpers.js';
// In 2.0.0 every auth method holds a free-form object (e.g. {username, password}).
const AuthV20 = authDefinition(AUTH_TYPES_V20, Types(['object']));
const v20 = collectionFormat({
    version: '2.0.0',
    auth: AuthV20,
    responseHeaderScalars: [Types(['string']), Types(['null'])],
    extraDefinitions: {}
});
export const CollectionV20Schema = v20.Collection;
export const RequestV20Schema = v20.Request;
export const ItemV20Schema = v20.Item;
export const ItemGroupV20Schema = v20.ItemGroup;
export const ResponseV20Schema = v20.Response;
export const AuthV20Schema = v20.Auth;
